/* newskg — the store's summary (see summary.h).
 *
 * A record is a list of fields, each written as its byte length, ':' and
 * the bytes ("3:ceo"), so that any name or IRI fits without escaping:
 *   event:      E iri kind date role article published
 *               N {org N names...}... N {person N names...}...
 *   membership: M iri N roles... N starts... N ends...
 *               N {member N names...}... N {org N names...}...
 * (N: a count, itself a field). */
#include "newskg/summary.h"

#include <stdlib.h>
#include <string.h>

#define SUM_NS "https://w3id.org/newskg/summary#"
#define SUM_EVENT           SUM_NS "event"
#define SUM_MEMBERSHIP      SUM_NS "membership"
#define SUM_ORG_EVENTS      SUM_NS "orgEvents"
#define SUM_ORG_MEMBERSHIPS SUM_NS "orgMemberships"
#define SUM_NAMES           SUM_NS "names"

#include "vocab.h"

struct nkg_summary {
	nkg_strmap *events, *members, *entities;  /* owned: touched, values unused */
	int failed;                               /* the hook ran out of memory */
};

/* What a quad's predicate touches: its subject as an event, a membership
 * or a named entity.  The predicates are those the records read. */
static const char *const event_preds[] = {
	NKG_NS "organization", NKG_NS "person", NKG_NS "modality", NKG_NS "eventKind",
	NKG_NS "date", NKG_NS "role", PROV_NS "wasDerivedFrom", NULL
};
static const char *const member_preds[] = {
	ORG_NS "organization", ORG_NS "member", ORG_NS "role", SCHEMA_NS "startDate",
	SCHEMA_NS "endDate", NULL
};

int nkg_summary_new(nkg_summary **out, nkg_error *err)
{
	nkg_summary *s = calloc(1, sizeof *s);

	*out = NULL;
	if (!s || !(s->events = nkg_strmap_new()) || !(s->members = nkg_strmap_new()) ||
	    !(s->entities = nkg_strmap_new())) {
		nkg_summary_free(s);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	*out = s;
	return 0;
}

void nkg_summary_free(nkg_summary *s)
{
	if (!s)
		return;
	nkg_strmap_free(s->events);
	nkg_strmap_free(s->members);
	nkg_strmap_free(s->entities);
	free(s);
}

static int in_list(const char *const *l, const char *w)
{
	for (; *l; l++)
		if (!strcmp(*l, w))
			return 1;
	return 0;
}

static void touch(nkg_summary *s, nkg_strmap *m, const char *key)
{
	if (!nkg_strmap_get(m, key) && nkg_strmap_put(m, key, NULL))
		s->failed = 1;
}

void nkg_summary_hook(void *ctx, const char *s, const char *p, const char *o)
{
	nkg_summary *sum = ctx;

	(void)o;
	if (!strcmp(p, SCHEMA_NS "name"))
		touch(sum, sum->entities, s);
	else if (in_list(event_preds, p))
		touch(sum, sum->events, s);
	else if (in_list(member_preds, p))
		touch(sum, sum->members, s);
}

/* ---- encoding ----------------------------------------------------------- */

static int field(nkg_buf *b, const char *s)
{
	size_t n = strlen(s);
	return nkg_buf_printf(b, "%zu:", n) || nkg_buf_append(b, s, n);
}

static int count_field(nkg_buf *b, size_t n)
{
	char t[32];
	snprintf(t, sizeof t, "%zu", n);
	return field(b, t);
}

static const char *cut(const char *s, const char *ns)
{
	size_t n = strlen(ns);
	return strlen(s) >= n ? s + n : "";
}

static const char *max_of(char **v, size_t n)
{
	return n ? v[n - 1] : "";  /* lookups answer sorted */
}

/* A memo of this update's lookups: "n" + entity -> its encoded names, "a"
 * + article -> "id\tdate" or "". */
static const char *memo_get(nkg_strmap *memo, char tag, const char *key, nkg_buf *k)
{
	k->len = 0;
	if (nkg_buf_printf(k, "%c%s", tag, key))
		return NULL;
	return nkg_strmap_get(memo, k->data);
}

/* Entity x's names, encoded (N names...), through memo. */
static int names_of(nkg_graph *g, const char *x, nkg_strmap *memo, const char **out,
		    nkg_error *err)
{
	nkg_buf k = {0}, v = {0};
	char **names = NULL;
	size_t n = 0;
	int rc = 0;

	if ((*out = memo_get(memo, 'n', x, &k)))
		goto done;
	if (!k.data) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if ((rc = nkg_graph_objects(g, x, SCHEMA_NS "name", &names, &n, err)) != 0)
		goto done;
	int bad = count_field(&v, n);
	for (size_t i = 0; i < n && !bad; i++)
		bad = field(&v, names[i]);
	if (bad || nkg_strmap_put(memo, k.data, v.data ? v.data : "")) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	*out = nkg_strmap_get(memo, k.data);
done:
	nkg_graph_names_free(names);
	nkg_buf_free(&k);
	nkg_buf_free(&v);
	return rc;
}

/* N {iri N names...}... for the entities xs. */
static int parties(nkg_graph *g, char **xs, size_t n, nkg_strmap *memo, nkg_buf *b,
		   nkg_error *err)
{
	int rc;

	if (count_field(b, n))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		const char *names;
		if ((rc = names_of(g, xs[i], memo, &names, err)) != 0)
			return rc;
		if (field(b, xs[i]) || nkg_buf_puts(b, names))
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	return 0;
}

static int list(nkg_buf *b, char **v, size_t n)
{
	int bad = count_field(b, n);
	for (size_t i = 0; i < n && !bad; i++)
		bad = field(b, v[i]);
	return bad;
}

/* The greatest identifier and date of the articles event ev cites (its
 * evidence's oa:hasSource having both), as cli_query.c's walk reads them. */
static int articles_of(nkg_graph *g, char **evid, size_t n_evid, nkg_strmap *memo,
		       nkg_buf *id, nkg_buf *pub, nkg_error *err)
{
	nkg_buf k = {0};
	int rc = 0;

	for (size_t i = 0; i < n_evid && !rc; i++) {
		char **src = NULL;
		size_t n_src = 0;
		if ((rc = nkg_graph_objects(g, evid[i], OA_NS "hasSource", &src, &n_src, err)) != 0)
			break;
		for (size_t j = 0; j < n_src && !rc; j++) {
			const char *art = memo_get(memo, 'a', src[j], &k), *tab;
			if (!art) {
				char **ids = NULL, **pubs = NULL;
				size_t ni = 0, np = 0;
				nkg_buf v = {0};
				if (!k.data)
					rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
				else if (!(rc = nkg_graph_objects(g, src[j], SCHEMA_NS "identifier", &ids, &ni, err)) &&
					 !(rc = nkg_graph_objects(g, src[j], SCHEMA_NS "datePublished", &pubs, &np, err)) &&
					 ((ni && np ? nkg_buf_printf(&v, "%s\t%s", max_of(ids, ni), max_of(pubs, np))
						    : nkg_buf_puts(&v, "")) ||
					  nkg_strmap_put(memo, k.data, v.data)))
					rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
				nkg_graph_names_free(ids);
				nkg_graph_names_free(pubs);
				nkg_buf_free(&v);
				if (rc)
					break;
				art = nkg_strmap_get(memo, k.data);
			}
			if (!*art)
				continue;
			tab = strchr(art, '\t');
			/* Greatest of each (strcmp, "" below all), as the walk. */
			{
				char *one = nkg_strndup(art, (size_t)(tab - art));
				if (!one) {
					rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
					break;
				}
				if (strcmp(one, id->data ? id->data : "") > 0) {
					id->len = 0;
					if (nkg_buf_puts(id, one))
						rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
				}
				free(one);
			}
			if (!rc && strcmp(tab + 1, pub->data ? pub->data : "") > 0) {
				pub->len = 0;
				if (nkg_buf_puts(pub, tab + 1))
					rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			}
		}
		nkg_graph_names_free(src);
	}
	nkg_buf_free(&k);
	return rc;
}

/* Event ev's record into b (left empty when it can give no row: not
 * asserted, no kind or no cited article) and its organisations into
 * *orgs (caller frees with nkg_graph_names_free). */
static int event_record(nkg_graph *g, const char *ev, nkg_strmap *memo, nkg_buf *b,
			char ***orgs, size_t *n_orgs, nkg_error *err)
{
	char **mod = NULL, **kinds = NULL, **evid = NULL, **people = NULL, **dates = NULL,
	     **roles = NULL;
	size_t nm = 0, nk = 0, ne = 0, np = 0, nd = 0, nr = 0, i;
	nkg_buf id = {0}, pub = {0};
	int rc, asserted = 0;

	b->len = 0;
	*orgs = NULL;
	*n_orgs = 0;
	if ((rc = nkg_graph_objects(g, ev, NKG_NS "modality", &mod, &nm, err)) != 0)
		goto done;
	for (i = 0; i < nm; i++)
		asserted |= !strcmp(mod[i], NKG_NS "Asserted");
	if (!asserted)
		goto done;
	if ((rc = nkg_graph_objects(g, ev, NKG_NS "eventKind", &kinds, &nk, err)) ||
	    (rc = nkg_graph_objects(g, ev, NKG_NS "organization", orgs, n_orgs, err)))
		goto done;
	if (!nk)
		goto done;
	if ((rc = nkg_graph_objects(g, ev, PROV_NS "wasDerivedFrom", &evid, &ne, err)) ||
	    (rc = articles_of(g, evid, ne, memo, &id, &pub, err)))
		goto done;
	if (!id.data)
		goto done;
	if ((rc = nkg_graph_objects(g, ev, NKG_NS "person", &people, &np, err)) ||
	    (rc = nkg_graph_objects(g, ev, NKG_NS "date", &dates, &nd, err)) ||
	    (rc = nkg_graph_objects(g, ev, NKG_NS "role", &roles, &nr, err)))
		goto done;
	/* Kind and role without their namespaces, cut as the questions cut
	 * them (SUBSTR past the namespace's length, "" when shorter). */
	if (nkg_buf_puts(b, "1:E") || field(b, ev) || field(b, cut(max_of(kinds, nk), NKG_NS_EVENT)) ||
	    field(b, max_of(dates, nd)) || field(b, cut(max_of(roles, nr), NKG_NS_ROLE)) ||
	    field(b, id.data) ||
	    field(b, pub.data ? pub.data : "")) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if ((rc = parties(g, *orgs, *n_orgs, memo, b, err)) ||
	    (rc = parties(g, people, np, memo, b, err)))
		goto done;
done:
	if (rc || !b->len) {
		b->len = 0;
		nkg_graph_names_free(*orgs);
		*orgs = NULL;
		*n_orgs = 0;
	}
	nkg_graph_names_free(mod);
	nkg_graph_names_free(kinds);
	nkg_graph_names_free(evid);
	nkg_graph_names_free(people);
	nkg_graph_names_free(dates);
	nkg_graph_names_free(roles);
	nkg_buf_free(&id);
	nkg_buf_free(&pub);
	return rc;
}

/* Membership m's record (empty when it has no organisation). */
static int membership_record(nkg_graph *g, const char *m, nkg_strmap *memo, nkg_buf *b,
			     char ***orgs, size_t *n_orgs, nkg_error *err)
{
	char **members = NULL, **roles = NULL, **starts = NULL, **ends = NULL;
	size_t nm = 0, nr = 0, ns = 0, ne = 0;
	int rc;

	b->len = 0;
	if ((rc = nkg_graph_objects(g, m, ORG_NS "organization", orgs, n_orgs, err)) != 0 ||
	    !*n_orgs)
		goto done;
	if ((rc = nkg_graph_objects(g, m, ORG_NS "member", &members, &nm, err)) ||
	    (rc = nkg_graph_objects(g, m, ORG_NS "role", &roles, &nr, err)) ||
	    (rc = nkg_graph_objects(g, m, SCHEMA_NS "startDate", &starts, &ns, err)) ||
	    (rc = nkg_graph_objects(g, m, SCHEMA_NS "endDate", &ends, &ne, err)))
		goto done;
	if (nkg_buf_puts(b, "1:M") || field(b, m) || list(b, roles, nr) || list(b, starts, ns) ||
	    list(b, ends, ne)) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if ((rc = parties(g, members, nm, memo, b, err)) ||
	    (rc = parties(g, *orgs, *n_orgs, memo, b, err)))
		goto done;
done:
	if (rc || !b->len) {
		b->len = 0;
		nkg_graph_names_free(*orgs);
		*orgs = NULL;
		*n_orgs = 0;
	}
	nkg_graph_names_free(members);
	nkg_graph_names_free(roles);
	nkg_graph_names_free(starts);
	nkg_graph_names_free(ends);
	return rc;
}

/* x's record, as an event or a membership. */
static int record_of(nkg_graph *g, const char *x, int membership, nkg_strmap *memo,
		     nkg_buf *b, char ***orgs, size_t *n_orgs, nkg_error *err)
{
	return membership ? membership_record(g, x, memo, b, orgs, n_orgs, err)
			  : event_record(g, x, memo, b, orgs, n_orgs, err);
}

int nkg_summary_record_of(nkg_graph *g, const char *x, int membership, nkg_strmap *memo,
			  nkg_buf *out, nkg_error *err)
{
	char **orgs = NULL;
	size_t n = 0;
	int rc = record_of(g, x, membership, memo, out, &orgs, &n, err);

	nkg_graph_names_free(orgs);
	return rc;
}

/* ---- update --------------------------------------------------------------- */

/* Files x's record (kind: events or memberships) afresh: the old record
 * leaves x and its organisations, the new one is put under both. */
static int refile(nkg_graph *g, const char *x, int membership, nkg_strmap *memo,
		  nkg_buf *b, nkg_error *err)
{
	const char *own = membership ? SUM_MEMBERSHIP : SUM_EVENT;
	const char *at = membership ? SUM_ORG_MEMBERSHIPS : SUM_ORG_EVENTS;
	char **old = NULL, **orgs = NULL;
	size_t n_old = 0, n_orgs = 0;
	int rc;

	if ((rc = record_of(g, x, membership, memo, b, &orgs, &n_orgs, err)) ||
	    (rc = nkg_graph_summary_get(g, x, own, &old, &n_old, err)))
		goto done;
	if (!n_orgs)
		b->len = 0;  /* filed under no organisation: nothing to keep */
	if (n_old == 1 && b->len && !strcmp(old[0], b->data))
		goto done;  /* unchanged */
	for (size_t i = 0; i < n_old && !rc; i++) {
		nkg_summary_record r;
		if ((rc = nkg_summary_parse(old[i], &r, err)) != 0)
			break;
		for (size_t k = 0; k < r.n_orgs && !rc; k++)
			rc = nkg_graph_summary_remove(g, r.orgs[k].iri, at, old[i], err);
		nkg_summary_record_clear(&r);
		if (!rc)
			rc = nkg_graph_summary_remove(g, x, own, old[i], err);
	}
	if (!rc && b->len) {
		rc = nkg_graph_summary_add(g, x, own, b->data, err);
		for (size_t k = 0; k < n_orgs && !rc; k++)
			rc = nkg_graph_summary_add(g, orgs[k], at, b->data, err);
	}
done:
	nkg_graph_names_free(old);
	nkg_graph_names_free(orgs);
	return rc;
}

/* Touches the subjects of (?, p, x) in m. */
static int touch_linked(nkg_summary *s, nkg_graph *g, nkg_strmap *m, const char *p,
			const char *x, nkg_error *err)
{
	char **v = NULL;
	size_t n = 0;
	int rc = nkg_graph_subjects(g, p, x, 0, &v, &n, err);

	for (size_t i = 0; i < n && !rc; i++)
		touch(s, m, v[i]);
	nkg_graph_names_free(v);
	return rc;
}

/* Entity x's names as kept; when they changed, its events and
 * memberships are touched (their records carry the names). */
static int renamed(nkg_summary *s, nkg_graph *g, const char *x, nkg_strmap *memo,
		   nkg_error *err)
{
	char **old = NULL;
	size_t n_old = 0;
	const char *now;
	int rc;

	if ((rc = names_of(g, x, memo, &now, err)) ||
	    (rc = nkg_graph_summary_get(g, x, SUM_NAMES, &old, &n_old, err)))
		goto done;
	if (n_old == 1 && !strcmp(old[0], now))
		goto done;
	for (size_t i = 0; i < n_old && !rc; i++)
		rc = nkg_graph_summary_remove(g, x, SUM_NAMES, old[i], err);
	if (!rc && strcmp(now, "1:0"))
		rc = nkg_graph_summary_add(g, x, SUM_NAMES, now, err);
	if (!rc)
		rc = touch_linked(s, g, s->events, NKG_NS "organization", x, err);
	if (!rc)
		rc = touch_linked(s, g, s->events, NKG_NS "person", x, err);
	if (!rc)
		rc = touch_linked(s, g, s->members, ORG_NS "organization", x, err);
	if (!rc)
		rc = touch_linked(s, g, s->members, ORG_NS "member", x, err);
done:
	nkg_graph_names_free(old);
	return rc;
}

static int each_touched(nkg_summary *s, nkg_graph *g, nkg_strmap *m, int what,
			nkg_strmap *memo, nkg_error *err)
{
	const char **keys = NULL;
	size_t n = 0;
	nkg_buf b = {0};
	int rc;

	if (nkg_strmap_keys(m, &keys, &n))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		rc = what == 2 ? renamed(s, g, keys[i], memo, err)
			       : refile(g, keys[i], what, memo, &b, err);
	free(keys);
	nkg_buf_free(&b);
	return rc;
}

/* The summary's format, kept under (SUM_FORMAT_KEY, SUM_FORMAT_KEY): a
 * store whose summary has another (or none) gets it made again. */
#define SUM_FORMAT_KEY SUM_NS "format"
#define SUM_FORMAT "2"

int nkg_summary_usable(nkg_graph *g)
{
	char **v = NULL;
	size_t n = 0;
	nkg_error err = {0};
	int ok;

	if (!nkg_graph_has_summary(g) ||
	    nkg_graph_summary_get(g, SUM_FORMAT_KEY, SUM_FORMAT_KEY, &v, &n, &err))
		return 0;
	ok = n == 1 && !strcmp(v[0], SUM_FORMAT);
	nkg_graph_names_free(v);
	return ok;
}

int nkg_summary_update(nkg_summary *s, nkg_graph *g, nkg_error *err)
{
	nkg_strmap *memo = NULL;
	int rc;

	if (s->failed)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (!(memo = nkg_strmap_new()))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	/* Names first: a renamed entity touches more records. */
	if (!(rc = each_touched(s, g, s->entities, 2, memo, err)) && s->failed)
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (!rc)
		rc = each_touched(s, g, s->events, 0, memo, err);
	if (!rc)
		rc = each_touched(s, g, s->members, 1, memo, err);
	nkg_strmap_free(memo);
	if (!rc)
		rc = nkg_graph_summary_add(g, SUM_FORMAT_KEY, SUM_FORMAT_KEY, SUM_FORMAT, err);
	if (!rc) {
		nkg_strmap_clear(s->events);
		nkg_strmap_clear(s->members);
		nkg_strmap_clear(s->entities);
	}
	return rc;
}

int nkg_summary_touch_all(nkg_summary *s, nkg_graph *g, nkg_error *err)
{
	static const char *const classes[] = {
		SCHEMA_NS "Person", SCHEMA_NS "Organization", NKG_NS "CareerEvent", NULL
	};
	int rc = 0;

	for (size_t i = 0; classes[i] && !rc; i++)
		rc = touch_linked(s, g, i < 2 ? s->entities : s->events, RDF_TYPE, classes[i], err);
	/* Memberships have no class of their own: their organisations'. */
	if (!rc) {
		char **all = NULL;
		size_t n = 0;
		if (!(rc = nkg_graph_subjects(g, RDF_TYPE, SCHEMA_NS "Organization", 0, &all, &n, err)))
			for (size_t i = 0; i < n && !rc; i++)
				rc = touch_linked(s, g, s->members, ORG_NS "organization", all[i], err);
		nkg_graph_names_free(all);
	}
	if (!rc && s->failed)
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
	return rc;
}

/* ---- reading ---------------------------------------------------------- */

void nkg_summary_record_clear(nkg_summary_record *r)
{
	if (!r)
		return;
	free(r->people);
	free(r->orgs);
	free(r->mem_);
	free(r->tok_);
	memset(r, 0, sizeof *r);
}

/* Splits m, a record's text, into its fields in place: each field's
 * bytes move left over its length prefix and get a NUL (a prefix is at
 * least two bytes, so the text never grows).  tok[] points into m.
 * Two passes, so that a record costs one allocation: a question reads ten
 * thousand of them. */
static int split(char *m, const char ***tok, size_t *ntok)
{
	size_t len = strlen(m), n = 0, used = 0;
	const char *end = m + len;
	const char **t = NULL;

	for (int pass = 0; pass < 2; pass++) {
		const char *p = m;
		size_t k = 0;
		while (p < end) {
			char *colon;
			unsigned long long flen;
			if (*p < '0' || *p > '9')
				goto bad;
			flen = strtoull(p, &colon, 10);
			if (*colon != ':' || flen > (size_t)(end - colon - 1))
				goto bad;
			p = colon + 1 + flen;
			if (pass) {
				memmove(m + used, colon + 1, flen);
				t[k] = m + used;
				used += flen;
				m[used++] = '\0';
			}
			k++;
		}
		if (!pass) {
			n = k;
			if (!(t = malloc((n ? n : 1) * sizeof *t)))
				return NKG_ENOMEM;
		}
	}
	*tok = t;
	*ntok = n;
	return 0;
bad:
	free(t);
	return NKG_EINPUT;
}

/* Reads a count at tok[*i] (no more than the fields left). */
static int take_count(const char *const *tok, size_t ntok, size_t *i, size_t *out)
{
	char *e;
	unsigned long long v;

	if (*i >= ntok)
		return -1;
	v = strtoull(tok[*i], &e, 10);
	if (e == tok[*i] || *e || v > ntok - *i - 1)
		return -1;
	(*i)++;
	*out = (size_t)v;
	return 0;
}

static int take_list(const char *const *tok, size_t ntok, size_t *i, const char *const **v,
		     size_t *n)
{
	if (take_count(tok, ntok, i, n))
		return -1;
	*v = tok + *i;
	*i += *n;
	return 0;
}

/* N {iri N names...}: 0, NKG_EINPUT (malformed) or NKG_ENOMEM. */
static int take_parties(const char *const *tok, size_t ntok, size_t *i, nkg_summary_party **out,
			size_t *n)
{
	if (take_count(tok, ntok, i, n))
		return NKG_EINPUT;
	if (*n && !(*out = calloc(*n, sizeof **out)))
		return NKG_ENOMEM;
	for (size_t k = 0; k < *n; k++) {
		if (*i >= ntok)
			return NKG_EINPUT;
		(*out)[k].iri = tok[(*i)++];
		if (take_list(tok, ntok, i, &(*out)[k].names, &(*out)[k].n_names))
			return NKG_EINPUT;
	}
	return 0;
}

/* Parses text, which r takes (freed by nkg_summary_record_clear, also on
 * failure). */
static int parse_owned(char *text, nkg_summary_record *r, nkg_error *err)
{
	const char *const *tok;
	size_t ntok = 0, i = 2;
	int rc;

	memset(r, 0, sizeof *r);
	r->mem_ = text;
	if ((rc = split(text, &r->tok_, &ntok)) != 0)
		goto fail;
	tok = r->tok_;
	rc = NKG_EINPUT;
	if (ntok < 2 || strlen(tok[0]) != 1 || (*tok[0] != 'E' && *tok[0] != 'M'))
		goto fail;
	r->membership = *tok[0] == 'M';
	r->iri = tok[1];
	if (!r->membership) {
		if (ntok < 7)
			goto fail;
		r->kind = tok[2];
		r->date = tok[3];
		r->role = tok[4];
		r->article = tok[5];
		r->published = tok[6];
		i = 7;
		if ((rc = take_parties(tok, ntok, &i, &r->orgs, &r->n_orgs)) ||
		    (rc = take_parties(tok, ntok, &i, &r->people, &r->n_people)))
			goto fail;
	} else {
		if (take_list(tok, ntok, &i, &r->roles, &r->n_roles) ||
		    take_list(tok, ntok, &i, &r->starts, &r->n_starts) ||
		    take_list(tok, ntok, &i, &r->ends, &r->n_ends))
			goto fail;
		if ((rc = take_parties(tok, ntok, &i, &r->people, &r->n_people)) ||
		    (rc = take_parties(tok, ntok, &i, &r->orgs, &r->n_orgs)))
			goto fail;
	}
	if (i != ntok) {
		rc = NKG_EINPUT;
		goto fail;
	}
	return 0;
fail:
	nkg_summary_record_clear(r);
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	return nkg_error_set(err, NKG_EINPUT, "the store's summary holds a damaged record");
}

int nkg_summary_parse(const char *text, nkg_summary_record *r, nkg_error *err)
{
	char *copy = nkg_strdup(text);

	if (!copy) {
		memset(r, 0, sizeof *r);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	return parse_owned(copy, r, err);
}

void nkg_summary_records_free(nkg_summary_record *r, size_t n)
{
	for (size_t i = 0; r && i < n; i++)
		nkg_summary_record_clear(&r[i]);
	free(r);
}

int nkg_summary_at(nkg_graph *g, const char *org, int memberships,
		   nkg_summary_record **out, size_t *n, nkg_error *err)
{
	char **v = NULL;
	size_t nv = 0;
	nkg_summary_record *r = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = nkg_graph_summary_get(g, org, memberships ? SUM_ORG_MEMBERSHIPS : SUM_ORG_EVENTS,
					&v, &nv, err)) != 0)
		return rc;
	if (nv && !(r = calloc(nv, sizeof *r))) {
		nkg_graph_names_free(v);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	/* The records take the strings; what is left is freed here. */
	for (size_t i = 0; i < nv && !rc; i++) {
		rc = parse_owned(v[i], &r[i], err);
		v[i] = NULL;
	}
	for (size_t i = 0; i < nv; i++)
		free(v[i]);
	free(v);
	if (rc) {
		nkg_summary_records_free(r, nv);
		return rc;
	}
	*out = r;
	*n = nv;
	return 0;
}
