/* vocab.h — the namespaces of the vocabularies newskg writes and reads, in
 * one place (private: the graph, its queries, the summary and the
 * renderer include it; newskg's own namespaces are public, in
 * include/newskg/graph.h).  Each is a string literal, for prefixing by
 * concatenation: SCHEMA_NS "Person". */
#ifndef NKG_VOCAB_H
#define NKG_VOCAB_H

#define RDF_NS    "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDF_TYPE  RDF_NS "type"
#define RDFS_NS   "http://www.w3.org/2000/01/rdf-schema#"
#define XSD_NS    "http://www.w3.org/2001/XMLSchema#"
#define OWL_NS    "http://www.w3.org/2002/07/owl#"
#define SKOS_NS   "http://www.w3.org/2004/02/skos/core#"
#define SCHEMA_NS "http://schema.org/"
#define ORG_NS    "http://www.w3.org/ns/org#"
#define PROV_NS   "http://www.w3.org/ns/prov#"
#define OA_NS     "http://www.w3.org/ns/oa#"
#define WD_NS     "http://www.wikidata.org/entity/"

#endif
