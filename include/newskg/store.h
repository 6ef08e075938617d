/* newskg — the persistent store: a directory holding the graph on disk, so
 * that articles can be added, replaced and removed over time and queried
 * without re-reading them (pushing it to a SPARQL graph store: push.h).
 *
 * Layout of a store directory (default out/store):
 *   FORMAT               "newskg-store 2": marks the directory as a store
 *   CURRENT              names the committed generation ("gen-000007")
 *   gen-NNNNNN/          a generation: the graph's Berkeley DB files
 *     quads-*.db         Redland "hashes" storage with contexts: one named
 *                        graph per article (its IRI, NKG_NS_ID
 *                        "article/ID")
 *     triples-*.db       the union of those graphs, each triple once, with
 *                        a predicate index: what queries read
 *     summary-*.db       per organisation, the records the questions read
 *                        (summary.h), brought up to date by each commit
 *   lock                 flock()ed: exclusive by writers, shared by readers
 *
 * Writes are transactions: the first change copies the committed
 * generation into a new one, nkg_store_commit makes the new one current
 * (an atomic rename of CURRENT), and a writer that fails or is killed
 * before that leaves the store as it was.  Format 1 stores (the files at
 * the top, a DIRTY marker) are read as they are and converted by their
 * first commit.
 *
 * Entities are keyed by deterministic IRIs (person/SLUG, org/SLUG), so an
 * article ingested later merges with what is there by IRI; entity
 * resolution itself (which names are one person) runs only over the
 * articles of one ingest call (nkg_app_build_graph). */
#ifndef NEWSKG_STORE_H
#define NEWSKG_STORE_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NKG_STORE_DEFAULT_DIR "out/store"

typedef struct nkg_store nkg_store;

enum {
	NKG_STORE_WRITE = 1,   /* exclusive lock, read-write */
	NKG_STORE_CREATE = 2,  /* make the store when dir has none (implies WRITE) */
	NKG_STORE_WAIT = 4     /* wait for the lock instead of failing */
};

/* Called once when the lock is taken by another process and flags has
 * NKG_STORE_WAIT, before waiting (for a "waiting for ..." message). */
typedef void (*nkg_store_wait_fn)(void *ctx, const char *msg);

/* Opens the store in dir.  Without NKG_STORE_WAIT, a lock held by another
 * process gives NKG_EIO "DIR: store is locked by ...".  A missing store
 * gives NKG_ENOTFOUND unless NKG_STORE_CREATE.  Caller frees. */
int nkg_store_open(nkg_store **out, const char *dir, unsigned flags,
		   nkg_store_wait_fn wait_cb, void *wait_ctx, nkg_error *err);
/* Closes the files and releases the lock.  Changes not committed are
 * dropped (the store stays as the last commit left it). */
void nkg_store_free(nkg_store *s);

/* Makes the changes since the last commit (ingest, remove) durable and
 * visible to readers, all at once.  A new store (NKG_STORE_CREATE) exists
 * only once committed, even with nothing ingested.  Needs
 * NKG_STORE_WRITE. */
int nkg_store_commit(nkg_store *s, nkg_error *err);

/* Deletes a store directory: the files a store holds, then the directory
 * if it is then empty.  For temporary stores; no lock is taken. */
void nkg_store_delete(const char *dir);

/* The store's graph, for nkg_graph_select / nkg_graph_query /
 * nkg_graph_serialize; within a write, it holds the changes not yet
 * committed.  Borrowed: valid until the next ingest, remove, commit or
 * nkg_store_free. */
nkg_graph *nkg_store_graph(nkg_store *s);

typedef struct nkg_store_ingest_stats {
	size_t graphs;    /* named graphs written */
	size_t replaced;  /* of which were already there (replaced) */
	size_t quads;     /* quads written */
} nkg_store_ingest_stats;

/* Writes every named graph of src into the store, each replacing the
 * store's graph of the same name, so ingesting the same articles twice
 * leaves the same quads.  Triples src holds outside any named graph (RDF
 * inputs without graphs) go to the graph NKG_STORE_DEFAULT_GRAPH, which
 * they replace too.  Needs NKG_STORE_WRITE; nkg_store_commit makes it
 * durable.  st may be NULL. */
#define NKG_STORE_DEFAULT_GRAPH NKG_NS_ID "graph/default"
int nkg_store_ingest(nkg_store *s, nkg_graph *src, nkg_store_ingest_stats *st,
		     nkg_error *err);
/* The same for one part of an input that comes in parts (nkg_app_each_graph):
 * a graph is replaced at its first part since the last commit, and later
 * parts holding it add to it.  *st accumulates over the calls (zero it
 * first); may be NULL. */
int nkg_store_ingest_part(nkg_store *s, nkg_graph *part, nkg_store_ingest_stats *st,
			  nkg_error *err);

/* Removes the graph of an article: id is an article id ("001_x") or a graph
 * IRI.  NKG_ENOTFOUND when the store has no such graph.  *removed (may be
 * NULL) gets the number of quads removed. */
int nkg_store_remove(nkg_store *s, const char *id, size_t *removed,
		     nkg_error *err);

typedef struct nkg_store_stats {
	size_t articles, people, orgs, events;
	size_t graphs;   /* named graphs */
	size_t triples;  /* distinct triples (the union) */
	size_t quads;    /* triples counted once per graph holding them */
} nkg_store_stats;

/* Counts for any graph (a store's or one built in memory). */
int nkg_store_stats_of(nkg_graph *g, nkg_store_stats *st, nkg_error *err);

/* mkdir -p: creates dir and its missing parents. */
int nkg_store_mkdirs(const char *dir, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif
