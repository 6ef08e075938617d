/* newskg — the kb as RDF: each entity, role, event and its evidence as
 * statements of schema.org, W3C ORG, PROV-O and the Web Annotation
 * vocabulary, into a sink (the model, or N-Quads text) (see graph.h). */
#include "graph_int.h"

/* Indexed by nkg_evkind and nkg_modality. */
static const char *const evkind_class[NKG_EV__COUNT] = {
	"Joining", "Appointment", "Dismissal", "Departure", "Return", "Founding"
};

static const char *const modality_ind[NKG_MOD__COUNT] = {
	"Asserted", "Negated", "Conditional", "Threat", "Reported", "Planned",
	"Question"
};

/* ---- sinks: where emitted statements go -------------------------------- */

/* The kb walk below emits statements through a sink (a small factory
 * table).  Two kinds: a librdf model (every format, SPARQL, the store) and
 * a raptor N-Quads serializer writing straight to memory (the streaming
 * writer).  A write-once stream never queries its statements: building
 * librdf's hash indexes for them was 45% of `extract -f nquads` and
 * raptor's URI interning much of the rest (callgrind), so the stream sink
 * has neither. */
typedef struct sink_ops {
	/* A new term for the named graph iri (NULL: out of memory). */
	void *(*graph_new)(void *sink, const char *iri);
	void (*graph_free)(void *sink, void *graph);
	/* (s p o) in graph (borrowed).  o is an IRI unless literal; a literal
	 * has language lang or datatype dt (index into nkg_g_dt_iri, -1: none). */
	int (*add)(void *sink, void *graph, const char *s, const char *p,
		   const char *o, int literal, const char *lang, int dt);
	/* Sets err for a failed add (rc: NKG_ERDF or NKG_ENOMEM). */
	int (*fail)(void *sink, nkg_error *err, int rc);
} sink_ops;

static void *model_graph_new(void *sink, const char *iri)
{
	return nkg_g_iri_node(sink, iri);
}

static void model_graph_free(void *sink, void *graph)
{
	(void)sink;
	librdf_free_node(graph);
}

static int model_add(void *sink, void *graph, const char *s, const char *p,
		     const char *o, int literal, const char *lang, int dt)
{
	nkg_graph *g = sink;
	librdf_node *on = literal
		? librdf_new_node_from_typed_literal(g->world, (const unsigned char *)o,
						     lang, dt >= 0 ? g->dt[dt] : NULL)
		: nkg_g_iri_node(g, o);
	return nkg_g_add_nodes(g, graph, nkg_g_iri_node(g, s), nkg_g_iri_node(g, p), on);
}

static int model_fail(void *sink, nkg_error *err, int rc)
{
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, rc, "out of memory");
	return nkg_g_log_error(sink, err, rc, "librdf", "cannot add statement");
}

static const sink_ops model_sink = {
	model_graph_new, model_graph_free, model_add, model_fail
};

/* The stream sink.  One per thread: a raptor world is not shared between
 * threads. */
typedef struct rsink {
	raptor_world *world;       /* owned; URI interning off */
	raptor_uri *dt[DT__COUNT]; /* owned */
	raptor_serializer *ser;    /* owned: nquads, writing into m */
	memout m;
	char msg[256];             /* first raptor error of the sink, or "" */
} rsink;

static void rsink_log(void *user_data, raptor_log_message *m)
{
	rsink *rs = user_data;
	if (m->level >= RAPTOR_LOG_LEVEL_ERROR && !rs->msg[0])
		snprintf(rs->msg, sizeof rs->msg, "%s", m->text ? m->text : "error");
}

void nkg_g_rsink_free(rsink *rs)
{
	if (!rs)
		return;
	/* The serializer first: it may still write into the stream. */
	if (rs->ser) {
		raptor_serializer_serialize_end(rs->ser);
		raptor_free_serializer(rs->ser);
	}
	nkg_g_memout_close(&rs->m, NULL, NULL);
	for (int i = 0; i < DT__COUNT; i++)
		if (rs->dt[i])
			raptor_free_uri(rs->dt[i]);
	if (rs->world)
		raptor_free_world(rs->world);
	free(rs);
}

int nkg_g_rsink_new(rsink **out)
{
	rsink *rs = calloc(1, sizeof *rs);
	int rc = NKG_ENOMEM;

	*out = NULL;
	if (!rs || !(rs->world = raptor_new_world()))
		goto done;
	/* Interning keeps every URI ever made in one tree: a cost per term,
	 * and memory that grows with the corpus. */
	raptor_world_set_flag(rs->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
	raptor_world_set_log_handler(rs->world, rs, rsink_log);
	if (raptor_world_open(rs->world))
		goto done;
	for (int i = 0; i < DT__COUNT; i++)
		if (!(rs->dt[i] = raptor_new_uri(rs->world, (const unsigned char *)nkg_g_dt_iri[i])))
			goto done;
	if (nkg_g_memout_open(rs->world, &rs->m))
		goto done;
	rc = NKG_ERDF;
	if (!(rs->ser = raptor_new_serializer(rs->world, "nquads")) ||
	    raptor_serializer_start_to_iostream(rs->ser, NULL, rs->m.io))
		goto done;
	*out = rs;
	rs = NULL;
	rc = 0;
done:
	nkg_g_rsink_free(rs);
	return rc;
}

static void *rsink_graph_new(void *sink, const char *iri)
{
	rsink *rs = sink;
	return raptor_new_term_from_uri_string(rs->world, (const unsigned char *)iri);
}

static void rsink_graph_free(void *sink, void *graph)
{
	(void)sink;
	raptor_free_term(graph);
}

static int rsink_add(void *sink, void *graph, const char *s, const char *p,
		     const char *o, int literal, const char *lang, int dt)
{
	rsink *rs = sink;
	raptor_statement st;
	int rc = 0;

	raptor_statement_init(&st, rs->world);
	st.subject = raptor_new_term_from_uri_string(rs->world, (const unsigned char *)s);
	st.predicate = raptor_new_term_from_uri_string(rs->world, (const unsigned char *)p);
	/* The datatype URI is copied (a new reference); lang_tag keeps
	 * language tags short enough for raptor's one-byte length. */
	st.object = literal
		? raptor_new_term_from_counted_literal(
			  rs->world, (const unsigned char *)o, strlen(o),
			  dt >= 0 ? rs->dt[dt] : NULL, (const unsigned char *)lang,
			  lang ? (unsigned char)strlen(lang) : 0)
		: raptor_new_term_from_uri_string(rs->world, (const unsigned char *)o);
	st.graph = graph;
	if (!st.subject || !st.predicate || !st.object)
		rc = NKG_ENOMEM;
	else if (raptor_serializer_serialize_statement(rs->ser, &st) || rs->m.failed)
		rc = rs->m.failed ? NKG_ENOMEM : NKG_ERDF;
	st.graph = NULL;  /* borrowed: clear must not free it */
	raptor_statement_clear(&st);
	return rc;
}

static int rsink_fail(void *sink, nkg_error *err, int rc)
{
	rsink *rs = sink;
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, rc, "out of memory");
	return nkg_error_set(err, rc, "nquads: %s",
			     rs->msg[0] ? rs->msg : "serialisation failed");
}

/* Puts what the sink wrote since the last call into out, lines sorted
 * and unique.  Both buffers are kept for the next article: growing new
 * ones each time cost a page fault per page (free gives the top of the
 * heap back to the kernel). */
int nkg_g_rsink_take(rsink *rs, nkg_buf *out)
{
	int rc;

	out->len = 0;
	if (!rs->m.b.len)
		return 0;
	nkg_g_memout_end(&rs->m);
	rc = nkg_g_sort_lines_into(rs->m.b.data, rs->m.b.len, out);
	rs->m.b.len = 0;
	return rc;
}

static const sink_ops stream_sink = {
	rsink_graph_new, rsink_graph_free, rsink_add, rsink_fail
};

/* ---- nkg_graph_add_kb -------------------------------------------------- */

/* What the kb walk needs at hand: the sink, the article's graph term and
 * scratch buffers for IRIs. */
typedef struct emitter {
	const sink_ops *ops;
	void *sink;
	void *ctx;  /* borrowed: the current article's named graph */
	nkg_buf subj, obj, tmp;
} emitter;

static int e_iri(emitter *e, const char *s, const char *p, const char *o)
{
	return e->ops->add(e->sink, e->ctx, s, p, o, 0, NULL, -1);
}

/* A literal; lang and dt may be NULL (dt: index into nkg_g_dt_iri or -1). */
static int e_lit(emitter *e, const char *s, const char *p, const char *v,
		 const char *lang, int dt)
{
	return e->ops->add(e->sink, e->ctx, s, p, v ? v : "", 1, lang, dt);
}

/* ASCII classes: <ctype.h> depends on the locale the program sets. */
static int ascii_digit(unsigned c)
{
	return c >= '0' && c <= '9';
}

static int ascii_alnum(unsigned c)
{
	return ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Appends s as one IRI path segment: unreserved bytes as they are, the
 * rest percent-encoded (article ids and slugs are already safe; this only
 * guards against a kb built by hand). */
static int buf_seg(nkg_buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		char enc[3] = { '%', hex[*u >> 4], hex[*u & 15] };
		if (ascii_alnum(*u) || *u == '-' || *u == '.' || *u == '_' || *u == '~') {
			if (nkg_buf_append(b, (const char *)u, 1))
				return NKG_ENOMEM;
		} else if (nkg_buf_append(b, enc, 3)) {
			return NKG_ENOMEM;
		}
	}
	return 0;
}

/* b := NKG_NS_ID kind "/" seg1 ["/" seg2 ["/" seg3]] */
int nkg_g_make_id(nkg_buf *b, const char *kind, const char *s1,
		   const char *s2, const char *s3)
{
	b->len = 0;
	if (nkg_buf_puts(b, NKG_NS_ID) || nkg_buf_puts(b, kind) ||
	    nkg_buf_puts(b, "/") || buf_seg(b, s1))
		return NKG_ENOMEM;
	if (s2 && (nkg_buf_puts(b, "/") || buf_seg(b, s2)))
		return NKG_ENOMEM;
	if (s3 && (nkg_buf_puts(b, "/") || buf_seg(b, s3)))
		return NKG_ENOMEM;
	return 0;
}

static int entity_iri(nkg_buf *b, const nkg_entity *ent)
{
	return nkg_g_make_id(b, ent->type == NKG_PERSON ? "person" : "org",
		       ent->slug, NULL, NULL);
}

/* xsd type of an ISO date at text precision, or -1 if it is none of
 * YYYY-MM-DD, YYYY-MM, YYYY (then no triple is written: the shapes only
 * allow these three datatypes). */
static int date_dt(const char *d)
{
	static const char *const pat[] = { "dddd-dd-dd", "dddd-dd", "dddd" };
	static const int dt[] = { DT_DATE, DT_GYEARMONTH, DT_GYEAR };
	for (int k = 0; d && k < 3; k++) {
		size_t i = 0;
		for (; pat[k][i] && d[i]; i++)
			if (pat[k][i] == 'd' ? !ascii_digit((unsigned char)d[i])
					      : d[i] != pat[k][i])
				break;
		if (!pat[k][i] && !d[i])
			return dt[k];
	}
	return -1;
}

/* A BCP 47-looking tag ("fr", "en-GB"); "und" and junk give no tag. */
static const char *lang_tag(const char *l)
{
	size_t i = 0, run = 0;
	if (!l || !*l || strcmp(l, "und") == 0)
		return NULL;
	for (; l[i]; i++) {
		if (l[i] == '-') {
			if (!run)
				return NULL;
			run = 0;
		} else if (ascii_alnum((unsigned char)l[i]) && ++run <= 8) {
			if (i == run - 1 && ascii_digit((unsigned char)l[i]))
				return NULL;
		} else {
			return NULL;
		}
	}
	return run ? l : NULL;
}

/* Confidence as an xsd:decimal with two decimals, independent of the
 * locale's decimal point. */
static int e_conf(emitter *e, const char *s, double c)
{
	char v[64];
	long long x;
	if (!isfinite(c))
		return 0;
	x = llround(c * 100.0);
	snprintf(v, sizeof v, "%s%lld.%02lld", x < 0 ? "-" : "",
		 llabs(x) / 100, llabs(x) % 100);
	return e_lit(e, s, NKG_NS "confidence", v, NULL, DT_DECIMAL);
}

static int e_date(emitter *e, const char *s, const char *p, const char *d)
{
	int dt = date_dt(d);
	return dt < 0 ? 0 : e_lit(e, s, p, d, NULL, dt);
}

static int e_bool(emitter *e, const char *s, const char *p, int v)
{
	return e_lit(e, s, p, v ? "true" : "false", NULL, DT_BOOLEAN);
}

static int e_uint(emitter *e, const char *s, const char *p, size_t v)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", v);
	return e_lit(e, s, p, num, NULL, DT_NNI);
}

static int emit_entity(emitter *e, const nkg_entity *ent)
{
	const char *s;
	int rc = 0;

	TRY(entity_iri(&e->subj, ent));
	s = e->subj.data;
	if (ent->type == NKG_PERSON) {
		TRY(e_iri(e, s, RDF_TYPE, SCHEMA_NS "Person"));
	} else {
		TRY(e_iri(e, s, RDF_TYPE, SCHEMA_NS "Organization"));
		TRY(e_iri(e, s, RDF_TYPE, ORG_NS "Organization"));
	}
	TRY(e_lit(e, s, SCHEMA_NS "name", ent->name, NULL, -1));
	TRY(e_lit(e, s, RDFS_NS "label", ent->name, NULL, -1));
	TRY(e_lit(e, s, SKOS_NS "prefLabel", ent->name, NULL, -1));
	for (size_t i = 0; i < ent->n_aliases; i++)
		TRY(e_lit(e, s, SKOS_NS "altLabel", ent->aliases[i], NULL, -1));
	if (ent->wikidata && ent->wikidata[0] == 'Q' && ent->wikidata[1] &&
	    strspn(ent->wikidata + 1, "0123456789") == strlen(ent->wikidata + 1)) {
		e->obj.len = 0;
		if (nkg_buf_puts(&e->obj, WD_NS) || nkg_buf_puts(&e->obj, ent->wikidata))
			return NKG_ENOMEM;
		TRY(e_iri(e, s, OWL_NS "sameAs", e->obj.data));
	}
done:
	return rc;
}

static int emit_article(emitter *e, const nkg_kb *kb, size_t ai)
{
	const nkg_kb_article *ka = &kb->articles[ai];
	const nkg_article *a = ka->article;
	const char *s, *lang = lang_tag(ka->lang);
	int rc = 0;

	TRY(nkg_g_make_id(&e->subj, "article", a->id, NULL, NULL));
	s = e->subj.data;
	TRY(e_iri(e, s, RDF_TYPE, SCHEMA_NS "NewsArticle"));
	TRY(e_lit(e, s, SCHEMA_NS "identifier", a->id, NULL, -1));
	TRY(e_date(e, s, SCHEMA_NS "datePublished", a->date));
	if (lang)
		TRY(e_lit(e, s, SCHEMA_NS "inLanguage", lang, NULL, -1));
	/* A literal, not an IRI: a URL from the input may hold characters an
	 * IRI cannot (schema:URL is a kind of schema:Text anyway). */
	if (a->url)
		TRY(e_lit(e, s, SCHEMA_NS "url", a->url, NULL, DT_ANYURI));
	if (a->title)
		TRY(e_lit(e, s, SCHEMA_NS "headline", a->title, lang, -1));
	/* Where a crawled page came from: its WARC record and fetch time, as
	 * the crawl wrote them. */
	if (a->record_id)
		TRY(e_lit(e, s, NKG_NS "warcRecordId", a->record_id, NULL, -1));
	if (a->fetched)
		TRY(e_lit(e, s, NKG_NS "fetched", a->fetched, NULL, -1));
	for (size_t i = 0; i < ka->n_mentions; i++) {
		TRY(entity_iri(&e->obj, &kb->entities[ka->mentions[i]]));
		TRY(e_iri(e, s, SCHEMA_NS "mentions", e->obj.data));
	}
	for (size_t i = 0; i < ka->n_authors; i++) {
		TRY(entity_iri(&e->obj, &kb->entities[ka->authors[i]]));
		TRY(e_iri(e, s, SCHEMA_NS "author", e->obj.data));
	}
done:
	return rc;
}

/* The evidence node of a sentence; leaves its IRI in e->obj. */
static int emit_evidence(emitter *e, const char *art_id, const nkg_evidence *ev)
{
	char range[64], *ev_iri = NULL;
	size_t base;
	int rc = 0;

	snprintf(range, sizeof range, "%zu-%zu", ev->start, ev->end);
	TRY(nkg_g_make_id(&e->obj, "evidence", art_id, range, NULL));
	if (!(ev_iri = nkg_strdup(e->obj.data)))
		return NKG_ENOMEM;
	TRY(nkg_g_make_id(&e->tmp, "article", art_id, NULL, NULL));
	TRY(e_iri(e, ev_iri, RDF_TYPE, NKG_NS "Evidence"));
	TRY(e_iri(e, ev_iri, RDF_TYPE, OA_NS "SpecificResource"));
	TRY(e_iri(e, ev_iri, OA_NS "hasSource", e->tmp.data));

	/* EV#quote */
	e->tmp.len = 0;
	TRY(nkg_buf_puts(&e->tmp, ev_iri));
	base = e->tmp.len;
	TRY(nkg_buf_puts(&e->tmp, "#quote"));
	TRY(e_iri(e, ev_iri, OA_NS "hasSelector", e->tmp.data));
	TRY(e_iri(e, e->tmp.data, RDF_TYPE, OA_NS "TextQuoteSelector"));
	TRY(e_lit(e, e->tmp.data, OA_NS "exact", ev->exact, NULL, -1));
	if (ev->prefix && *ev->prefix)
		TRY(e_lit(e, e->tmp.data, OA_NS "prefix", ev->prefix, NULL, -1));
	if (ev->suffix && *ev->suffix)
		TRY(e_lit(e, e->tmp.data, OA_NS "suffix", ev->suffix, NULL, -1));

	/* EV#pos */
	e->tmp.len = base;
	TRY(nkg_buf_puts(&e->tmp, "#pos"));
	TRY(e_iri(e, ev_iri, OA_NS "hasSelector", e->tmp.data));
	TRY(e_iri(e, e->tmp.data, RDF_TYPE, OA_NS "TextPositionSelector"));
	TRY(e_uint(e, e->tmp.data, OA_NS "start", ev->start));
	TRY(e_uint(e, e->tmp.data, OA_NS "end", ev->end));

	e->obj.len = 0;
	TRY(nkg_buf_puts(&e->obj, ev_iri));
done:
	free(ev_iri);
	return rc;
}

static int emit_role(emitter *e, const nkg_kb *kb, const nkg_role *r)
{
	const char *art_id = kb->articles[r->article].article->id;
	const nkg_entity *p = &kb->entities[r->person];
	const nkg_entity *o = r->org == NKG_NONE ? NULL : &kb->entities[r->org];
	char *m = NULL;
	int rc = 0;

	TRY(nkg_g_make_id(&e->subj, "membership", p->slug, r->role,
		    o ? o->slug : "none"));
	if (!(m = nkg_strdup(e->subj.data)))
		return NKG_ENOMEM;
	TRY(e_iri(e, m, RDF_TYPE, ORG_NS "Membership"));
	TRY(entity_iri(&e->obj, p));
	TRY(e_iri(e, m, ORG_NS "member", e->obj.data));
	if (o) {
		TRY(entity_iri(&e->obj, o));
		TRY(e_iri(e, m, ORG_NS "organization", e->obj.data));
	}
	e->obj.len = 0;
	TRY(nkg_buf_puts(&e->obj, NKG_NS_ROLE));
	TRY(buf_seg(&e->obj, r->role));
	TRY(e_iri(e, m, ORG_NS "role", e->obj.data));
	if (r->title)
		TRY(e_lit(e, m, SCHEMA_NS "roleName", r->title, NULL, -1));
	TRY(e_bool(e, m, NKG_NS "isFormer", r->former));
	TRY(e_bool(e, m, NKG_NS "isInterim", r->interim));
	TRY(e_date(e, m, SCHEMA_NS "startDate", r->start_date));
	TRY(e_date(e, m, SCHEMA_NS "endDate", r->end_date));
	TRY(e_conf(e, m, r->confidence));
	TRY(emit_evidence(e, art_id, &r->ev));
	TRY(e_iri(e, m, PROV_NS "wasDerivedFrom", e->obj.data));
done:
	free(m);
	return rc;
}

/* 16 hex digits of FNV-1a 64 over "person|kind|org|date|start": stable
 * across runs and platforms, and distinct for distinct events of one
 * article. */
static void event_hash(const nkg_kb *kb, const nkg_event *ev, char out[17])
{
	char start[32];
	const char *parts[5];
	uint64_t h = NKG_HASH_INIT;

	snprintf(start, sizeof start, "%zu", ev->ev.start);
	parts[0] = kb->entities[ev->person].slug;
	parts[1] = nkg_evkind_key(ev->kind);
	parts[2] = ev->org == NKG_NONE ? "none" : kb->entities[ev->org].slug;
	parts[3] = ev->date ? ev->date : "";
	parts[4] = start;
	for (int i = 0; i < 5; i++) {
		if (i)
			h = nkg_hash(h, "|", 1);
		h = nkg_hash(h, parts[i], strlen(parts[i]));
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static int emit_event(emitter *e, const nkg_kb *kb, const nkg_event *ev)
{
	const char *art_id = kb->articles[ev->article].article->id;
	char hash[17], *s = NULL;
	int rc = 0;

	event_hash(kb, ev, hash);
	TRY(nkg_g_make_id(&e->subj, "event", art_id, hash, NULL));
	if (!(s = nkg_strdup(e->subj.data)))
		return NKG_ENOMEM;
	TRY(e_iri(e, s, RDF_TYPE, NKG_NS "CareerEvent"));
	e->obj.len = 0;
	TRY(nkg_buf_printf(&e->obj, NKG_NS "%s", evkind_class[ev->kind]));
	TRY(e_iri(e, s, RDF_TYPE, e->obj.data));
	e->obj.len = 0;
	TRY(nkg_buf_printf(&e->obj, NKG_NS_EVENT "%s", nkg_evkind_key(ev->kind)));
	TRY(e_iri(e, s, NKG_NS "eventKind", e->obj.data));
	TRY(entity_iri(&e->obj, &kb->entities[ev->person]));
	TRY(e_iri(e, s, NKG_NS "person", e->obj.data));
	if (ev->org != NKG_NONE) {
		TRY(entity_iri(&e->obj, &kb->entities[ev->org]));
		TRY(e_iri(e, s, NKG_NS "organization", e->obj.data));
	}
	if (ev->role) {
		e->obj.len = 0;
		TRY(nkg_buf_puts(&e->obj, NKG_NS_ROLE));
		TRY(buf_seg(&e->obj, ev->role));
		TRY(e_iri(e, s, NKG_NS "role", e->obj.data));
	}
	TRY(e_date(e, s, NKG_NS "date", ev->date));
	e->obj.len = 0;
	TRY(nkg_buf_printf(&e->obj, NKG_NS "%s", modality_ind[ev->modality]));
	TRY(e_iri(e, s, NKG_NS "modality", e->obj.data));
	if (ev->trigger)
		TRY(e_lit(e, s, NKG_NS "trigger", ev->trigger, NULL, -1));
	TRY(e_conf(e, s, ev->confidence));
	TRY(emit_evidence(e, art_id, &ev->ev));
	TRY(e_iri(e, s, PROV_NS "wasDerivedFrom", e->obj.data));
done:
	free(s);
	return rc;
}

static int kb_check_articles(const nkg_kb *kb, size_t a0, size_t a1, nkg_error *err)
{
	for (size_t i = a0; i < a1; i++) {
		const nkg_kb_article *a = &kb->articles[i];
		if (!a->article || !a->article->id || !*a->article->id)
			return nkg_error_set(err, NKG_EINPUT, "kb: article %zu has no id", i);
		for (size_t j = 0; j < a->n_mentions; j++)
			if (a->mentions[j] >= kb->n_entities)
				return nkg_error_set(err, NKG_EINPUT, "kb: article %s: bad mention index", a->article->id);
		for (size_t j = 0; j < a->n_authors; j++)
			if (a->authors[j] >= kb->n_entities)
				return nkg_error_set(err, NKG_EINPUT, "kb: article %s: bad author index", a->article->id);
	}
	return 0;
}

static int kb_check_items(const nkg_kb *kb, nkg_error *err)
{
	for (size_t i = 0; i < kb->n_roles; i++) {
		const nkg_role *r = &kb->roles[i];
		if (r->article >= kb->n_articles || r->person >= kb->n_entities ||
		    (r->org != NKG_NONE && r->org >= kb->n_entities))
			return nkg_error_set(err, NKG_EINPUT, "kb: role %zu: bad index", i);
		if (!nkg_role_valid(r->role))
			return nkg_error_set(err, NKG_EINPUT, "kb: role %zu: unknown role key \"%s\"",
					     i, r->role ? r->role : "(null)");
	}
	for (size_t i = 0; i < kb->n_events; i++) {
		const nkg_event *ev = &kb->events[i];
		if (ev->article >= kb->n_articles || ev->person >= kb->n_entities ||
		    (ev->org != NKG_NONE && ev->org >= kb->n_entities))
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: bad index", i);
		if ((unsigned)ev->kind >= NKG_EV__COUNT || (unsigned)ev->modality >= NKG_MOD__COUNT)
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: bad kind or modality", i);
		if (ev->role && !nkg_role_valid(ev->role))
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: unknown role key \"%s\"",
					     i, ev->role);
	}
	return 0;
}

/* Checks the indices of the kb before anything is added, so that a bad
 * kb adds nothing. */
static int kb_check(const nkg_kb *kb, nkg_error *err)
{
	int rc = kb_check_articles(kb, 0, kb->n_articles, err);
	return rc ? rc : kb_check_items(kb, err);
}

/* The same for the articles [a0, a1) of a stream (those before were
 * checked when written), whose roles and events must all be in range. */
int nkg_g_kb_check_range(const nkg_kb *kb, size_t a0, size_t a1, nkg_error *err)
{
	int rc;
	if (a0 > a1 || a1 > kb->n_articles)
		return nkg_error_set(err, NKG_EINPUT, "kb: bad article range");
	if ((rc = kb_check_articles(kb, a0, a1, err)) || (rc = kb_check_items(kb, err)))
		return rc;
	for (size_t i = 0; i < kb->n_roles; i++)
		if (kb->roles[i].article < a0 || kb->roles[i].article >= a1)
			return nkg_error_set(err, NKG_EINPUT, "kb: role %zu: article outside the range", i);
	for (size_t i = 0; i < kb->n_events; i++)
		if (kb->events[i].article < a0 || kb->events[i].article >= a1)
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: article outside the range", i);
	return 0;
}

/* (article, entity): entity is described in the article's graph. */
typedef struct { size_t art, ent; } art_ent;

static int cmp_art_ent(const void *a, const void *b)
{
	const art_ent *x = a, *y = b;
	if (x->art != y->art)
		return x->art < y->art ? -1 : 1;
	return x->ent < y->ent ? -1 : x->ent > y->ent;
}

static int push_pair(art_ent **v, size_t *n, size_t *cap, size_t art, size_t ent)
{
	void *p = *v;
	if (ent == NKG_NONE)
		return 0;
	if (nkg_grow(&p, cap, *n + 1, sizeof **v))
		return NKG_ENOMEM;
	*v = p;
	(*v)[*n].art = art;
	(*v)[*n].ent = ent;
	(*n)++;
	return 0;
}

/* Adds articles [a0, a1) of kb to the sink: each article's own named graph.
 * Roles [r0, r1) and events [e0, e1) are the only ones looked at: the
 * streaming writer passes each article's own (the resolver appends them
 * article by article), the whole-kb call all of them. */
static int add_kb_range(const sink_ops *ops, void *sink, const nkg_kb *kb,
			size_t a0, size_t a1, size_t r0, size_t r1, size_t e0,
			size_t e1, nkg_error *err)
{
	emitter e = { .ops = ops, .sink = sink };
	void **ctx = NULL;   /* one graph term per article, owned */
	art_ent *pairs = NULL;
	size_t npairs = 0, cap = 0;
	int rc = 0;

	if (a1 > a0 && !(ctx = calloc(a1 - a0, sizeof *ctx))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t i = a0; i < a1; i++) {
		TRY(nkg_g_make_id(&e.subj, "article", kb->articles[i].article->id, NULL, NULL));
		if (!(ctx[i - a0] = ops->graph_new(sink, e.subj.data))) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}

	/* Every entity an article refers to is described in that article's
	 * graph, so each named graph stands on its own. */
	for (size_t i = a0; i < a1; i++) {
		const nkg_kb_article *a = &kb->articles[i];
		for (size_t j = 0; j < a->n_mentions; j++)
			TRY(push_pair(&pairs, &npairs, &cap, i, a->mentions[j]));
		for (size_t j = 0; j < a->n_authors; j++)
			TRY(push_pair(&pairs, &npairs, &cap, i, a->authors[j]));
	}
	for (size_t i = r0; i < r1; i++) {
		if (kb->roles[i].article < a0 || kb->roles[i].article >= a1)
			continue;
		TRY(push_pair(&pairs, &npairs, &cap, kb->roles[i].article, kb->roles[i].person));
		TRY(push_pair(&pairs, &npairs, &cap, kb->roles[i].article, kb->roles[i].org));
	}
	for (size_t i = e0; i < e1; i++) {
		if (kb->events[i].article < a0 || kb->events[i].article >= a1)
			continue;
		TRY(push_pair(&pairs, &npairs, &cap, kb->events[i].article, kb->events[i].person));
		TRY(push_pair(&pairs, &npairs, &cap, kb->events[i].article, kb->events[i].org));
	}
	if (npairs)
		qsort(pairs, npairs, sizeof *pairs, cmp_art_ent);

	for (size_t i = a0; i < a1; i++) {
		e.ctx = ctx[i - a0];
		TRY(emit_article(&e, kb, i));
	}
	for (size_t i = 0; i < npairs; i++) {
		if (i && cmp_art_ent(&pairs[i - 1], &pairs[i]) == 0)
			continue;
		e.ctx = ctx[pairs[i].art - a0];
		TRY(emit_entity(&e, &kb->entities[pairs[i].ent]));
	}
	for (size_t i = r0; i < r1; i++) {
		if (kb->roles[i].article < a0 || kb->roles[i].article >= a1)
			continue;
		e.ctx = ctx[kb->roles[i].article - a0];
		TRY(emit_role(&e, kb, &kb->roles[i]));
	}
	for (size_t i = e0; i < e1; i++) {
		if (kb->events[i].article < a0 || kb->events[i].article >= a1)
			continue;
		e.ctx = ctx[kb->events[i].article - a0];
		TRY(emit_event(&e, kb, &kb->events[i]));
	}
done:
	if (rc)
		ops->fail(sink, err, rc);
	for (size_t i = a0; ctx && i < a1; i++)
		if (ctx[i - a0])
			ops->graph_free(sink, ctx[i - a0]);
	free(ctx);
	free(pairs);
	nkg_buf_free(&e.subj);
	nkg_buf_free(&e.obj);
	nkg_buf_free(&e.tmp);
	return rc;
}

int nkg_graph_add_kb(nkg_graph *g, const nkg_kb *kb, nkg_error *err)
{
	int rc;

	nkg_g_log_reset(g);
	if ((rc = kb_check(kb, err)))
		return rc;
	return add_kb_range(&model_sink, g, kb, 0, kb->n_articles, 0, kb->n_roles,
			    0, kb->n_events, err);
}

int nkg_graph_add_kb_articles(nkg_graph *g, const nkg_kb *kb, size_t a0, size_t a1,
			      nkg_error *err)
{
	int rc;

	nkg_g_log_reset(g);
	if ((rc = nkg_g_kb_check_range(kb, a0, a1, err)))
		return rc;
	/* add_kb_range keeps the roles and events of [a0, a1) only. */
	return add_kb_range(&model_sink, g, kb, a0, a1, 0, kb->n_roles, 0, kb->n_events, err);
}

/* The streaming writer's share (nquads.c): the statements of articles
 * [a0, a1), roles [r0, r1) and events [e0, e1) as N-Quads text into rs. */
int nkg_g_emit_nquads(rsink *rs, const nkg_kb *kb, size_t a0, size_t a1, size_t r0, size_t r1,
		      size_t e0, size_t e1, nkg_error *err)
{
	return add_kb_range(&stream_sink, rs, kb, a0, a1, r0, r1, e0, e1, err);
}
