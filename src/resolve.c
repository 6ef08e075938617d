/* newskg — entity resolution across articles, and building the kb.
 *
 * Each article contributes local entities (the chains of its mentions).
 * finish() merges them: full person names by first name and a similar last
 * name (spelling variants and typos of the source), single words to the
 * person they end (a surname alone), organisations by a look-alike key or
 * gazetteer entry.  Unknown single words that match nobody are dropped. */
#include "newskg/resolve.h"
#include "lang.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct form {
	char *text;
	size_t count;
} form;

/* A local entity: the chains of the articles with one type, name and
 * gazetteer entry.  Chains alike are one entity from the start (merge
 * would unite them anyway): a name repeated across a corpus costs one
 * entity, and each article only the indices of its chains. */
typedef struct lent {
	nkg_ntype type;
	char *name;
	const nkg_gaz_entry *gaz;
	form *forms; size_t n_forms;
	size_t count;
	size_t global;         /* after finish: kb entity or NKG_NONE */
	size_t parent;         /* union-find over all local entities */
} lent;

/* In lart.ents: the chain is the article's byline author. */
#define AUTHOR_BIT ((size_t)1 << (sizeof(size_t) * 8 - 1))

typedef struct lrole {
	size_t person, org;    /* indices into r->ents, org NKG_NONE */
	const char *role;
	char *title;
	int former, interim;
	float conf;
	nkg_evidence ev;
} lrole;

typedef struct levent {
	size_t person, org;
	nkg_evkind kind;
	const char *role;
	char date[11];
	nkg_modality mod;
	char *trigger;
	float conf;
	nkg_evidence ev;
} levent;

typedef struct lart {
	nkg_article *art;
	char lang[8];
	size_t *ents;          /* per chain: its local entity, | AUTHOR_BIT */
	size_t n_chains;
	lrole *roles; size_t n_roles;
	levent *events; size_t n_events;
	/* Spilled: roles and events are NULL (the counts stay) and live in
	 * r->spill from spill_at, spill_len bytes. */
	off_t spill_at;
	size_t spill_len;
} lart;

struct nkg_resolver {
	const nkg_gazetteer *gaz;
	lent *ents; size_t n_ents, cap_ents;
	lart *arts; size_t n_arts, cap_arts;
	/* (type, gaz, name) -> local entity + 1, open addressing */
	size_t *ent_hash; size_t ent_hash_cap;
	/* nkg_resolver_spill: an unlinked temporary file holding the
	 * articles' roles and events (their evidence is most of what a
	 * corpus costs) until finish reads them back, article by article. */
	FILE *spill;
	off_t spill_end;
	nkg_buf sbuf;
};

int nkg_resolver_new(nkg_resolver **out, const nkg_gazetteer *gaz,
		     nkg_error *err)
{
	*out = calloc(1, sizeof **out);
	if (!*out)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	(*out)->gaz = gaz;
	return 0;
}

/* Frees what is left of an article's roles and events (the kb took the
 * strings it kept). */
static void lart_drop_statements(lart *a)
{
	for (size_t j = 0; a->roles && j < a->n_roles; j++) {
		free(a->roles[j].title);
		nkg_evidence_clear(&a->roles[j].ev);
	}
	free(a->roles);
	for (size_t j = 0; a->events && j < a->n_events; j++) {
		free(a->events[j].trigger);
		nkg_evidence_clear(&a->events[j].ev);
	}
	free(a->events);
	a->roles = NULL;
	a->events = NULL;
}

static void free_arts(nkg_resolver *r)
{
	for (size_t i = 0; i < r->n_ents; i++) {
		free(r->ents[i].name);
		for (size_t j = 0; j < r->ents[i].n_forms; j++)
			free(r->ents[i].forms[j].text);
		free(r->ents[i].forms);
	}
	free(r->ents);
	free(r->ent_hash);
	r->ent_hash = NULL;
	r->ent_hash_cap = 0;
	for (size_t i = 0; i < r->n_arts; i++) {
		nkg_article_free(r->arts[i].art);
		free(r->arts[i].ents);
		lart_drop_statements(&r->arts[i]);
	}
	free(r->arts);
	r->ents = NULL;
	r->arts = NULL;
	r->n_ents = r->cap_ents = r->n_arts = r->cap_arts = 0;
}

void nkg_resolver_free(nkg_resolver *r)
{
	if (!r)
		return;
	free_arts(r);
	if (r->spill)
		fclose(r->spill);
	nkg_buf_free(&r->sbuf);
	free(r);
}

int nkg_resolver_spill(nkg_resolver *r, nkg_error *err)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd;

	if (r->spill)
		return 0;
	snprintf(path, sizeof path, "%s/newskg-spill-XXXXXX", dir && *dir ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return nkg_error_set(err, NKG_EIO, "%s: cannot create a temporary file", path);
	/* Unlinked at once: nothing is left behind, even after a kill. */
	unlink(path);
	if (!(r->spill = fdopen(fd, "w+b"))) {
		close(fd);
		return nkg_error_set(err, NKG_EIO, "cannot open a temporary file");
	}
	return 0;
}

/* ---- spilling roles and events ------------------------------------------ */

static int put_u64(nkg_buf *b, uint64_t v)
{
	return nkg_buf_append(b, (const char *)&v, sizeof v);
}

static int put_str(nkg_buf *b, const char *s)
{
	if (!s)
		return put_u64(b, UINT64_MAX);
	return put_u64(b, strlen(s)) || nkg_buf_append(b, s, strlen(s));
}

/* The role key as its index in nkg_role_keys: read back as the same
 * static string.  Anything else reads back as "unknown" (the graph stage
 * rejects it, as it would have rejected the original). */
static uint64_t role_index(const char *role)
{
	if (!role)
		return UINT64_MAX;
	for (size_t i = 0; nkg_role_keys[i]; i++)
		if (!strcmp(nkg_role_keys[i], role))
			return i;
	return UINT64_MAX - 1;
}

static const char *role_of_index(uint64_t i)
{
	if (i == UINT64_MAX)
		return NULL;
	for (uint64_t k = 0; nkg_role_keys[k]; k++)
		if (k == i)
			return nkg_role_keys[k];
	return "unknown";
}

static int put_ev(nkg_buf *b, const nkg_evidence *ev)
{
	return put_u64(b, ev->start) || put_u64(b, ev->end) || put_str(b, ev->exact) ||
	       put_str(b, ev->prefix) || put_str(b, ev->suffix);
}

static int spill_out(nkg_resolver *r, lart *a, nkg_error *err)
{
	nkg_buf *b = &r->sbuf;
	int rc = 0;

	b->len = 0;
	for (size_t i = 0; i < a->n_roles && !rc; i++) {
		const lrole *x = &a->roles[i];
		uint32_t conf;
		memcpy(&conf, &x->conf, sizeof conf);
		rc = put_u64(b, x->person) || put_u64(b, x->org) || put_u64(b, role_index(x->role)) ||
		     put_str(b, x->title) || put_u64(b, (uint64_t)x->former) ||
		     put_u64(b, (uint64_t)x->interim) || put_u64(b, conf) || put_ev(b, &x->ev);
	}
	for (size_t i = 0; i < a->n_events && !rc; i++) {
		const levent *x = &a->events[i];
		uint32_t conf;
		memcpy(&conf, &x->conf, sizeof conf);
		rc = put_u64(b, x->person) || put_u64(b, x->org) || put_u64(b, (uint64_t)x->kind) ||
		     put_u64(b, role_index(x->role)) || put_str(b, x->date) ||
		     put_u64(b, (uint64_t)x->mod) || put_str(b, x->trigger) || put_u64(b, conf) ||
		     put_ev(b, &x->ev);
	}
	if (rc)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (b->len && fwrite(b->data, 1, b->len, r->spill) != b->len)
		return nkg_error_set(err, NKG_EIO, "temporary file: write failed (disk full?)");
	a->spill_at = r->spill_end;
	a->spill_len = b->len;
	r->spill_end += (off_t)b->len;
	lart_drop_statements(a);
	return 0;
}

typedef struct reader_pos {
	const char *p, *end;
	int bad;
} reader_pos;

static uint64_t get_u64(reader_pos *q)
{
	uint64_t v = 0;
	if ((size_t)(q->end - q->p) < sizeof v) {
		q->bad = 1;
		return 0;
	}
	memcpy(&v, q->p, sizeof v);
	q->p += sizeof v;
	return v;
}

/* A string read back (malloc'ed), or NULL: written as NULL, or q->bad. */
static char *get_str(reader_pos *q)
{
	uint64_t n = get_u64(q);
	char *s;
	if (q->bad || n == UINT64_MAX)
		return NULL;
	if ((uint64_t)(q->end - q->p) < n) {
		q->bad = 1;
		return NULL;
	}
	if (!(s = nkg_strndup(q->p, (size_t)n)))
		q->bad = 2;
	q->p += n;
	return s;
}

static float get_f32(reader_pos *q)
{
	uint32_t u = (uint32_t)get_u64(q);
	float f;
	memcpy(&f, &u, sizeof f);
	return f;
}

static void get_ev(reader_pos *q, nkg_evidence *ev)
{
	ev->start = (size_t)get_u64(q);
	ev->end = (size_t)get_u64(q);
	ev->exact = get_str(q);
	ev->prefix = get_str(q);
	ev->suffix = get_str(q);
}

/* Reads a spilled article's roles and events back into memory. */
static int spill_in(nkg_resolver *r, lart *a, nkg_error *err)
{
	reader_pos q;
	nkg_buf *b = &r->sbuf;

	if (a->roles || a->events || (!a->n_roles && !a->n_events))
		return 0;
	void *arr = b->data;
	b->len = 0;
	if (nkg_grow(&arr, &b->cap, a->spill_len + 1, 1))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	b->data = arr;
	if (fseeko(r->spill, a->spill_at, SEEK_SET) ||
	    fread(b->data, 1, a->spill_len, r->spill) != a->spill_len)
		return nkg_error_set(err, NKG_EIO, "temporary file: read failed");
	q = (reader_pos){ b->data, b->data + a->spill_len, 0 };
	if ((a->n_roles && !(a->roles = calloc(a->n_roles, sizeof *a->roles))) ||
	    (a->n_events && !(a->events = calloc(a->n_events, sizeof *a->events))))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	for (size_t i = 0; i < a->n_roles; i++) {
		lrole *x = &a->roles[i];
		x->person = (size_t)get_u64(&q);
		x->org = (size_t)get_u64(&q);
		x->role = role_of_index(get_u64(&q));
		x->title = get_str(&q);
		x->former = (int)get_u64(&q);
		x->interim = (int)get_u64(&q);
		x->conf = get_f32(&q);
		get_ev(&q, &x->ev);
	}
	for (size_t i = 0; i < a->n_events; i++) {
		levent *x = &a->events[i];
		char *date;
		x->person = (size_t)get_u64(&q);
		x->org = (size_t)get_u64(&q);
		x->kind = (nkg_evkind)get_u64(&q);
		x->role = role_of_index(get_u64(&q));
		date = get_str(&q);
		snprintf(x->date, sizeof x->date, "%s", date ? date : "");
		free(date);
		x->mod = (nkg_modality)get_u64(&q);
		x->trigger = get_str(&q);
		x->conf = get_f32(&q);
		get_ev(&q, &x->ev);
	}
	if (q.bad == 2)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (q.bad || q.p != q.end)
		return nkg_error_set(err, NKG_EIO, "temporary file: corrupt record");
	return 0;
}

static int add_form(lent *e, const char *text)
{
	form *f;
	for (size_t i = 0; i < e->n_forms; i++)
		if (!strcmp(e->forms[i].text, text)) {
			e->forms[i].count++;
			return 0;
		}
	f = realloc(e->forms, (e->n_forms + 1) * sizeof *f);
	if (!f)
		return NKG_ENOMEM;
	e->forms = f;
	if (!(f[e->n_forms].text = nkg_strdup(text)))
		return NKG_ENOMEM;
	f[e->n_forms++].count = 1;
	return 0;
}

static uint64_t ent_key_hash(nkg_ntype type, const nkg_gaz_entry *gaz, const char *name)
{
	uint64_t h = 1469598103934665603ULL ^ (uint64_t)type ^ ((uint64_t)(uintptr_t)gaz << 7);
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		h ^= *p;
		h *= 1099511628211ULL;
	}
	return h;
}

static size_t ent_slot(const nkg_resolver *r, const size_t *tab, size_t cap,
		       nkg_ntype type, const nkg_gaz_entry *gaz, const char *name)
{
	size_t i = (size_t)ent_key_hash(type, gaz, name) & (cap - 1);
	while (tab[i]) {
		const lent *e = &r->ents[tab[i] - 1];
		if (e->type == type && e->gaz == gaz && !strcmp(e->name, name))
			break;
		i = (i + 1) & (cap - 1);
	}
	return i;
}

/* The local entity (type, gaz, name), made when new. */
static int intern_ent(nkg_resolver *r, nkg_ntype type, const nkg_gaz_entry *gaz,
		      const char *name, size_t *idx)
{
	size_t i;

	if ((r->n_ents + 1) * 2 > r->ent_hash_cap) {
		size_t ncap = r->ent_hash_cap ? r->ent_hash_cap * 2 : 1024;
		size_t *tab = calloc(ncap, sizeof *tab);
		if (!tab)
			return NKG_ENOMEM;
		for (size_t j = 0; j < r->n_ents; j++) {
			const lent *e = &r->ents[j];
			tab[ent_slot(r, tab, ncap, e->type, e->gaz, e->name)] = j + 1;
		}
		free(r->ent_hash);
		r->ent_hash = tab;
		r->ent_hash_cap = ncap;
	}
	i = ent_slot(r, r->ent_hash, r->ent_hash_cap, type, gaz, name);
	if (r->ent_hash[i]) {
		*idx = r->ent_hash[i] - 1;
		return 0;
	}
	void *arr = r->ents;
	if (nkg_grow(&arr, &r->cap_ents, r->n_ents + 1, sizeof *r->ents))
		return NKG_ENOMEM;
	r->ents = arr;
	lent *e = &r->ents[r->n_ents];
	memset(e, 0, sizeof *e);
	e->type = type;
	e->gaz = gaz;
	e->global = NKG_NONE;
	e->parent = r->n_ents;
	if (!(e->name = nkg_strdup(name)))
		return NKG_ENOMEM;
	r->ent_hash[i] = ++r->n_ents;
	*idx = r->n_ents - 1;
	return 0;
}

/* The evidence of a statement: its whole sentence. */
static int sentence_evidence(nkg_evidence *ev, const nkg_doc *doc, size_t si)
{
	return nkg_evidence_make(ev, doc->body, doc->body_len,
				 doc->sents[si].start, doc->sents[si].end);
}

int nkg_resolver_add(nkg_resolver *r, nkg_article *art, const nkg_doc *doc,
		     const nkg_mentions *ms, const nkg_statements *st,
		     nkg_error *err)
{
	void *arr;
	lart *a;
	int rc = 0;

	arr = r->arts;
	if (nkg_grow(&arr, &r->cap_arts, r->n_arts + 1, sizeof *r->arts)) {
		nkg_article_free(art);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	r->arts = arr;
	a = &r->arts[r->n_arts++];
	memset(a, 0, sizeof *a);
	a->art = art;
	snprintf(a->lang, sizeof a->lang, "%s", doc->lang ? doc->lang->code : "und");
	if (ms->n_chains && !(a->ents = calloc(ms->n_chains, sizeof *a->ents)))
		goto oom;
	for (size_t c = 0; c < ms->n_chains; c++) {
		size_t idx;
		if (intern_ent(r, ms->chains[c].type, ms->chains[c].gaz, ms->chains[c].name, &idx))
			goto oom;
		a->ents[a->n_chains++] = idx | (ms->chains[c].author ? AUTHOR_BIT : 0);
	}
	for (size_t i = 0; i < ms->n; i++) {
		const nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain < 0)
			continue;
		lent *e = &r->ents[a->ents[m->chain] & ~AUTHOR_BIT];
		e->count++;
		if (add_form(e, m->text))
			goto oom;
	}
	if (st->n_roles && !(a->roles = calloc(st->n_roles, sizeof *a->roles)))
		goto oom;
	for (size_t i = 0; i < st->n_roles; i++) {
		const nkg_stmt_role *sr = &st->roles[i];
		lrole *lr = &a->roles[a->n_roles];
		lr->person = a->ents[sr->person] & ~AUTHOR_BIT;
		lr->org = sr->org >= 0 ? a->ents[sr->org] & ~AUTHOR_BIT : NKG_NONE;
		lr->role = sr->role;
		lr->former = sr->former;
		lr->interim = sr->interim;
		lr->conf = sr->confidence;
		if (sr->title_m != (size_t)-1) {
			const nkg_mention *t = &ms->m[sr->title_m];
			lr->title = nkg_strndup(doc->body + doc->toks[t->tok0].start,
						doc->toks[t->tok1 - 1].end - doc->toks[t->tok0].start);
			if (!lr->title)
				goto oom;
		}
		a->n_roles++;
		if (sentence_evidence(&lr->ev, doc, sr->sent))
			goto oom;
	}
	if (st->n_events && !(a->events = calloc(st->n_events, sizeof *a->events)))
		goto oom;
	for (size_t i = 0; i < st->n_events; i++) {
		const nkg_stmt_event *se = &st->events[i];
		levent *le = &a->events[a->n_events];
		const nkg_token *t = &doc->toks[se->trig_tok];
		le->person = a->ents[se->person] & ~AUTHOR_BIT;
		le->org = se->org >= 0 ? a->ents[se->org] & ~AUTHOR_BIT : NKG_NONE;
		le->kind = se->kind;
		le->role = se->role;
		memcpy(le->date, se->date, sizeof le->date);
		le->mod = se->modality;
		le->conf = se->confidence;
		if (!(le->trigger = nkg_strndup(doc->body + t->start, t->end - t->start)))
			goto oom;
		a->n_events++;
		if (sentence_evidence(&le->ev, doc, se->sent))
			goto oom;
	}
	/* The evidence is copied out: the text itself is not kept, so a corpus
	 * costs its statements in memory, not its words.  doc still points
	 * into it; the caller only frees doc after this (resolve.h). */
	free(art->body);
	art->body = NULL;
	if (r->spill)
		return spill_out(r, a, err);
	return rc;
oom:
	return nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

/* ---- merging ---------------------------------------------------------- */

static size_t find(nkg_resolver *r, size_t i)
{
	while (r->ents[i].parent != i) {
		r->ents[i].parent = r->ents[r->ents[i].parent].parent;
		i = r->ents[i].parent;
	}
	return i;
}

static void unite(nkg_resolver *r, size_t a, size_t b)
{
	a = find(r, a);
	b = find(r, b);
	if (a != b)
		r->ents[a > b ? a : b].parent = a < b ? a : b;
}

static int cmp_form(const void *a, const void *b)
{
	const form *x = a, *y = b;
	size_t wx = nkg_name_words(x->text), wy = nkg_name_words(y->text);
	if (wx != wy)
		return wx > wy ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->text, y->text);
}

/* Sort keys for bucketing: entities that may be the same share a key, and
 * only those are compared (a corpus has tens of thousands of entities). */
typedef struct skey {
	char *k;
	size_t i;
} skey;

/* Within a bucket: by full name (keys[i]), then index.  qsort_r: the
 * names come as the context, so two resolvers may merge at once. */
static int cmp_bucket_key(const void *a, const void *b, void *keys)
{
	const skey *x = a, *y = b;
	char **k = keys;
	int c = strcmp(k[x->i], k[y->i]);
	return c ? c : (x->i < y->i ? -1 : x->i > y->i);
}

/* Entity indices by full name, then index. */
static int cmp_index_key(const void *a, const void *b, void *keys)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	char **k = keys;
	int c = strcmp(k[x], k[y]);
	return c ? c : (x < y ? -1 : x > y);
}

static int cmp_skey(const void *a, const void *b)
{
	const skey *x = a, *y = b;
	int c = strcmp(x->k, y->k);
	return c ? c : (x->i < y->i ? -1 : x->i > y->i);
}

static void free_skeys(skey *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].k);
	free(v);
}

static const char *last_word_of(const char *f)
{
	const char *sp = strrchr(f, ' ');
	return sp ? sp + 1 : f;
}

/* Surname bucket: first letter and length of the last word. */
static char *surname_key(const char *last, size_t len)
{
	char *k = malloc(16);
	if (k)
		snprintf(k, 16, "%c%03zu", last[0], len > 999 ? 999 : len);
	return k;
}

static int merge(nkg_resolver *r)
{
	size_t n = r->n_ents, nk = 0, ns = 0;
	char **key = calloc(n + 1, sizeof *key);
	skey *bk = calloc(2 * n + 1, sizeof *bk), *sur = calloc(n + 1, sizeof *sur);
	size_t *count = calloc(n + 1, sizeof *count);
	size_t *csnap = NULL, *single = NULL, *best_of = NULL, nsingle = 0;
	int rc = NKG_ENOMEM;

	if (!key || !bk || !sur || !count)
		goto done;
	for (size_t i = 0; i < n; i++) {
		lent *e = &r->ents[i];
		key[i] = e->type == NKG_NT_ORG ? nkg_name_org_key(e->name) : nkg_fold(e->name);
		if (!key[i])
			goto done;
	}
	/* Organisations by look-alike key and by gazetteer entry; full person
	 * names by first word, word count and the first letter of the last
	 * word (then compared pairwise within the bucket). */
	for (size_t i = 0; i < n; i++) {
		lent *e = &r->ents[i];
		char buf[64];
		if (e->type == NKG_NT_ORG) {
			nkg_buf b = {0};
			if (nkg_buf_printf(&b, "O%s", key[i]))
				goto done;
			bk[nk].k = nkg_buf_detach(&b);
			bk[nk++].i = i;
			if (e->gaz) {
				snprintf(buf, sizeof buf, "G%p", (const void *)e->gaz);
				if (!(bk[nk].k = nkg_strdup(buf)))
					goto done;
				bk[nk++].i = i;
			}
		} else if (e->type == NKG_NT_PERSON && nkg_name_words(key[i]) >= 2) {
			nkg_buf b = {0};
			size_t fw = strcspn(key[i], " ");
			if (nkg_buf_printf(&b, "P%.*s\x01%zu\x01%c", (int)fw, key[i],
					   nkg_name_words(key[i]), last_word_of(key[i])[0]))
				goto done;
			bk[nk].k = nkg_buf_detach(&b);
			bk[nk++].i = i;
		}
		if (nk && !bk[nk - 1].k)
			goto done;
	}
	qsort(bk, nk, sizeof *bk, cmp_skey);
	for (size_t a = 0; a < nk;) {
		size_t b = a + 1;
		while (b < nk && !strcmp(bk[a].k, bk[b].k))
			b++;
		if (bk[a].k[0] == 'P') {
			/* A name seen in many articles fills its bucket with
			 * copies: unite equal names first and compare only
			 * distinct ones pairwise (all pairs of copies made
			 * this quadratic in the corpus).  The closure is the
			 * same: equal names relate alike to every other. */
			size_t nd = 0;
			qsort_r(bk + a, b - a, sizeof *bk, cmp_bucket_key, key);
			for (size_t x = a; x < b; x++) {
				if (nd && !strcmp(key[bk[x].i], key[bk[a + nd - 1].i]) &&
				    nkg_name_same_person(key[bk[x].i], key[bk[x].i])) {
					unite(r, bk[x].i, bk[a + nd - 1].i);
					continue;
				}
				/* distinct names gather at the bucket's start */
				skey t = bk[a + nd];
				bk[a + nd] = bk[x];
				bk[x] = t;
				nd++;
			}
			for (size_t x = a; x < a + nd; x++)
				for (size_t y = a; y < x; y++)
					if (find(r, bk[x].i) != find(r, bk[y].i) &&
					    nkg_name_same_person(key[bk[x].i], key[bk[y].i]))
						unite(r, bk[x].i, bk[y].i);
		} else {
			for (size_t x = a + 1; x < b; x++)
				unite(r, bk[a].i, bk[x].i);
		}
		a = b;
	}
	/* Mentions per cluster, to prefer the most mentioned person. */
	for (size_t i = 0; i < n; i++)
		count[find(r, i)] += r->ents[i].count;
	/* Single words: the most mentioned full-name person they end. */
	for (size_t i = 0; i < n; i++) {
		if (r->ents[i].type != NKG_NT_PERSON || nkg_name_words(key[i]) < 2)
			continue;
		const char *lw = last_word_of(key[i]);
		if (!(sur[ns].k = surname_key(lw, strlen(lw))))
			goto done;
		sur[ns++].i = i;
	}
	qsort(sur, ns, sizeof *sur, cmp_skey);
	/* One entry per distinct full name and cluster (the first: the same
	 * one the scan below would pick), for the same reason as above. */
	if (ns) {
		size_t w = 1;
		for (size_t i = 1; i < ns; i++) {
			skey *p = &sur[w - 1];
			int same = !strcmp(p->k, sur[i].k) &&
				!strcmp(key[p->i], key[sur[i].i]) &&
				find(r, p->i) == find(r, sur[i].i);
			if (same)
				free(sur[i].k);
			else
				sur[w++] = sur[i];
		}
		ns = w;
	}
	/* The full name a single word stands for depends on the word only:
	 * found once per distinct word (a surname repeated across a corpus
	 * made this scan quadratic), with each cluster's mention count as it
	 * was before any single word joined one. */
	if (!(csnap = malloc((ns + 1) * sizeof *csnap)) ||
	    !(single = malloc((n + 1) * sizeof *single)) ||
	    !(best_of = malloc((n + 1) * sizeof *best_of)))
		goto done;
	for (size_t j = 0; j < ns; j++)
		csnap[j] = count[find(r, sur[j].i)];
	for (size_t i = 0; i < n; i++) {
		best_of[i] = NKG_NONE;
		if (r->ents[i].type != NKG_NT_ORG && nkg_name_words(key[i]) == 1)
			single[nsingle++] = i;
	}
	qsort_r(single, nsingle, sizeof *single, cmp_index_key, key);
	for (size_t a = 0, b; a < nsingle; a = b) {
		const char *w = key[single[a]];
		size_t best = NKG_NONE, best_count = 0, len = strlen(w);
		for (b = a + 1; b < nsingle && !strcmp(key[single[b]], w); b++)
			;
		for (size_t l = len > 2 ? len - 2 : 1; l <= len + 2; l++) {
			skey probe = { surname_key(w, l), 0 };
			if (!probe.k)
				goto done;
			/* first element of the bucket */
			size_t lo = 0, hi = ns;
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;
				if (strcmp(sur[mid].k, probe.k) < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			for (size_t j = lo; j < ns && !strcmp(sur[j].k, probe.k); j++) {
				size_t c = csnap[j];
				if (c > best_count && nkg_name_is_surname_of(w, key[sur[j].i])) {
					best_count = c;
					best = sur[j].i;
				}
			}
			free(probe.k);
		}
		for (size_t x = a; x < b; x++)
			best_of[single[x]] = best;
	}
	for (size_t i = 0; i < n; i++) {
		lent *e = &r->ents[i];
		if (e->type == NKG_NT_ORG || nkg_name_words(key[i]) != 1)
			continue;
		size_t best = best_of[i];
		if (best != NKG_NONE) {
			e->type = NKG_NT_PERSON;
			unite(r, i, best);
		} else if (e->type == NKG_NT_UNKNOWN) {
			/* Maybe an organisation named with cues elsewhere. */
			char *ok = nkg_name_org_key(e->name);
			nkg_buf b = {0};
			if (!ok || nkg_buf_printf(&b, "O%s", ok)) {
				free(ok);
				goto done;
			}
			free(ok);
			skey probe = { b.data, 0 };
			size_t lo = 0, hi = nk;
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;
				if (strcmp(bk[mid].k, probe.k) < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo < nk && !strcmp(bk[lo].k, probe.k)) {
				e->type = NKG_NT_ORG;
				unite(r, i, bk[lo].i);
			}
			nkg_buf_free(&b);
		}
	}
	rc = 0;
done:
	for (size_t i = 0; key && i < n; i++)
		free(key[i]);
	free(key);
	free_skeys(bk, nk);
	free_skeys(sur, ns);
	free(count);
	free(csnap);
	free(single);
	free(best_of);
	return rc;
}

/* ---- building the kb -------------------------------------------------- */

static int cmp_by_root(const void *a, const void *b)
{
	const size_t *x = a, *y = b;
	if (x[0] != y[0])
		return x[0] < y[0] ? -1 : 1;
	return x[1] < y[1] ? -1 : x[1] > y[1];
}

static int build_entities(nkg_resolver *r, nkg_kb *kb, nkg_error *err)
{
	size_t n = r->n_ents;
	size_t *order = malloc((2 * n + 2) * sizeof *order); /* (root, index) pairs */
	int rc = 0;

	if (!order)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		order[2 * i] = find(r, i);
		order[2 * i + 1] = i;
	}
	qsort(order, n, 2 * sizeof *order, cmp_by_root);
	for (size_t a = 0; a < n && !rc;) {
		size_t b = a, root = order[2 * a];
		while (b < n && order[2 * b] == root)
			b++;
		/* Type of the cluster: any person or organisation member wins
		 * over unknown members. */
		nkg_ntype type = NKG_NT_UNKNOWN;
		const nkg_gaz_entry *gaz = NULL;
		form *all = NULL;
		size_t n_all = 0, cap_all = 0;
		for (size_t q = a; q < b; q++) {
			lent *m = &r->ents[order[2 * q + 1]];
			if (m->type == NKG_NT_PERSON || m->type == NKG_NT_ORG)
				type = m->type;
			if (m->gaz && !gaz)
				gaz = m->gaz;
			for (size_t f = 0; f < m->n_forms; f++) {
				size_t k;
				for (k = 0; k < n_all; k++)
					if (!strcmp(all[k].text, m->forms[f].text))
						break;
				if (k == n_all) {
					void *na = all;
					if (nkg_grow(&na, &cap_all, n_all + 1, sizeof *all)) {
						free(all);
						free(order);
						return nkg_error_set(err, NKG_ENOMEM, "out of memory");
					}
					all = na;
					all[n_all].text = m->forms[f].text; /* borrowed */
					all[n_all++].count = 0;
				}
				all[k].count += m->forms[f].count;
			}
		}
		if (type != NKG_NT_PERSON && type != NKG_NT_ORG) {
			free(all);
			a = b;
			continue;
		}
		/* The label is the fullest name the articles give ("Maison
		 * blanche" stays "Maison blanche"); the gazetteer's canonical
		 * name, when it differs, is one more alias (skos:altLabel)
		 * beside its Wikidata id (schema:sameAs). */
		const char *name = NULL;
		if (n_all) {
			qsort(all, n_all, sizeof *all, cmp_form);
			name = all[0].text;
		}
		if (!name)
			name = gaz ? gaz->name : r->ents[root].name;
		size_t gi;
		rc = nkg_kb_entity(kb, type == NKG_NT_PERSON ? NKG_PERSON : NKG_ORG, name, &gi, err);
		for (size_t k = 0; !rc && k < n_all; k++)
			if (nkg_kb_entity_alias(kb, gi, all[k].text))
				rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		if (!rc && gaz && strcmp(gaz->name, name) && nkg_kb_entity_alias(kb, gi, gaz->name))
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		free(all);
		if (!rc && gaz && gaz->wikidata && !kb->entities[gi].wikidata &&
		    !(kb->entities[gi].wikidata = nkg_strdup(gaz->wikidata)))
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		if (!rc && gaz && !kb->entities[gi].gaz_type &&
		    !(kb->entities[gi].gaz_type = nkg_strdup(nkg_gaz_type_name(gaz->type))))
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		for (size_t q = a; q < b; q++)
			r->ents[order[2 * q + 1]].global = gi;
		a = b;
	}
	free(order);
	return rc;
}

static size_t gid(const nkg_resolver *r, size_t local)
{
	return local == NKG_NONE ? NKG_NONE : r->ents[local].global;
}

/* The kb person and organisation of a statement's local entities; 0 when
 * the person did not survive resolution as a person (the statement is
 * dropped).  An organisation that resolved to something else is left out. */
static int resolved_pair(const nkg_resolver *r, const nkg_kb *kb, size_t lp,
			 size_t lo, size_t *p, size_t *o)
{
	*p = gid(r, lp);
	*o = gid(r, lo);
	if (*p == NKG_NONE || kb->entities[*p].type != NKG_PERSON)
		return 0;
	if (*o != NKG_NONE && kb->entities[*o].type != NKG_ORG)
		*o = NKG_NONE;
	return 1;
}

/* Adds article ai to kb: its mentions, roles and events, resolved to kb
 * entities (the kb takes the strings it keeps). */
static int kb_add_lart(nkg_resolver *r, nkg_kb *kb, size_t ai, nkg_error *err)
{
	lart *a = &r->arts[ai];
	size_t kai;
	int rc;

	if (r->spill && (rc = spill_in(r, a, err)))
		return rc;
	if ((rc = nkg_kb_add_article(kb, a->art, a->lang, &kai, err)))
		return rc;
	a->art = NULL; /* now the kb's */
	for (size_t c = 0; c < a->n_chains; c++) {
		size_t g = r->ents[a->ents[c] & ~AUTHOR_BIT].global;
		if (g == NKG_NONE)
			continue;
		if (nkg_kb_article_mention(kb, kai, g) ||
		    ((a->ents[c] & AUTHOR_BIT) && kb->entities[g].type == NKG_PERSON &&
		     nkg_kb_article_author(kb, kai, g)))
			goto oom;
	}
	free(a->ents);
	a->ents = NULL;
	a->n_chains = 0;
	size_t role0 = kb->n_roles, event0 = kb->n_events;
	for (size_t i = 0; i < a->n_roles; i++) {
		lrole *lr = &a->roles[i];
		size_t p, o;
		int dup = 0;
		if (!resolved_pair(r, kb, lr->person, lr->org, &p, &o))
			continue;
		/* roles from role0 on are this article's */
		for (size_t j = role0; j < kb->n_roles; j++) {
			nkg_role *x = &kb->roles[j];
			if (x->person == p && x->org == o &&
			    !strcmp(x->role, lr->role) && x->former == lr->former)
				dup = 1;
		}
		if (dup)
			continue;
		nkg_role kr = {0};
		kr.article = kai;
		kr.person = p;
		kr.org = o;
		kr.role = lr->role;
		kr.title = lr->title;
		kr.former = lr->former;
		kr.interim = lr->interim;
		kr.confidence = lr->conf;
		kr.ev = lr->ev;
		if (nkg_kb_add_role(kb, &kr))
			goto oom;
		lr->title = NULL;
		memset(&lr->ev, 0, sizeof lr->ev);
	}
	for (size_t i = 0; i < a->n_events; i++) {
		levent *le = &a->events[i];
		size_t p, o;
		int dup = 0;
		if (!resolved_pair(r, kb, le->person, le->org, &p, &o))
			continue;
		/* The same move told twice in one article: keep the
		 * first telling, with the date if either gives one. */
		for (size_t j = event0; j < kb->n_events; j++) {
			nkg_event *x = &kb->events[j];
			if (x->person != p || x->org != o ||
			    x->kind != le->kind || x->modality != le->mod)
				continue;
			if (!le->date[0] || (x->date && !strcmp(x->date, le->date))) {
				dup = 1;
				break;
			}
			if (!x->date) {
				x->date = nkg_strdup(le->date);
				if (!x->date)
					goto oom;
				dup = 1;
				break;
			}
		}
		if (dup)
			continue;
		nkg_event ke = {0};
		ke.article = kai;
		ke.person = p;
		ke.org = o;
		ke.kind = le->kind;
		ke.role = le->role;
		ke.modality = le->mod;
		ke.confidence = le->conf;
		ke.trigger = le->trigger;
		ke.ev = le->ev;
		if (le->date[0] && !(ke.date = nkg_strdup(le->date)))
			goto oom;
		if (nkg_kb_add_event(kb, &ke)) {
			free(ke.date);
			goto oom;
		}
		le->trigger = NULL;
		memset(&le->ev, 0, sizeof le->ev);
	}
	lart_drop_statements(a);
	return 0;
oom:
	return nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

/* finish and finish_each: rounds of `round` articles; after each, fn (if
 * any) sees the kb and the kb's roles and events are dropped. */
static int finish(nkg_resolver *r, size_t round, nkg_resolver_round_fn fn,
		  void *ctx, nkg_kb **out, nkg_error *err)
{
	nkg_kb *kb = NULL;
	int rc;

	if (out)
		*out = NULL;
	if ((rc = merge(r))) {
		nkg_error_set(err, rc, "out of memory");
		goto done;
	}
	if ((rc = nkg_kb_new(&kb, err)) || (rc = build_entities(r, kb, err)))
		goto done;
	if (!round)
		round = 1;
	for (size_t a0 = 0; a0 < r->n_arts; a0 += round) {
		size_t a1 = r->n_arts - a0 > round ? a0 + round : r->n_arts;
		for (size_t ai = a0; ai < a1; ai++)
			if ((rc = kb_add_lart(r, kb, ai, err)))
				goto done;
		if (fn) {
			if ((rc = fn(ctx, kb, a0, a1, err)))
				goto done;
			nkg_kb_clear_statements(kb);
			nkg_kb_release_articles(kb, a0, a1);
		}
	}
	free_arts(r);
	if (out) {
		*out = kb;
		kb = NULL;
	}
done:
	nkg_kb_free(kb);
	return rc;
}

int nkg_resolver_finish(nkg_resolver *r, nkg_kb **out, nkg_error *err)
{
	return finish(r, r->n_arts, NULL, NULL, out, err);
}

int nkg_resolver_finish_each(nkg_resolver *r, size_t round,
			     nkg_resolver_round_fn fn, void *ctx, nkg_error *err)
{
	return finish(r, round, fn, ctx, NULL, err);
}
