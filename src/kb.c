/* newskg — the knowledge base container (see kb.h). */
#include "newskg/kb.h"

#include <stdlib.h>
#include <string.h>

static const char *const evkind_keys[NKG_EV__COUNT] = {
	"joined", "appointed", "dismissed", "left", "returned", "founded"
};
static const char *const modality_keys[NKG_MOD__COUNT] = {
	"asserted", "negated", "conditional", "threat", "reported",
	"planned", "question"
};
/* Same order as shared/eval/roles.tsv. */
const char *const nkg_role_keys[] = {
	"ceo", "interim_ceo", "chair", "president", "vice_president",
	"board_member", "founder", "chief_scientist", "cto", "cfo", "coo",
	"executive", "head", "employee", "journalist", "official", NULL
};

const char *nkg_evkind_key(nkg_evkind k)
{
	return (unsigned)k < NKG_EV__COUNT ? evkind_keys[k] : "unknown";
}

int nkg_evkind_from_key(const char *key)
{
	for (int i = 0; i < NKG_EV__COUNT; i++)
		if (key && strcmp(key, evkind_keys[i]) == 0)
			return i;
	return -1;
}

const char *nkg_modality_key(nkg_modality m)
{
	return (unsigned)m < NKG_MOD__COUNT ? modality_keys[m] : "unknown";
}

int nkg_modality_from_key(const char *key)
{
	for (int i = 0; i < NKG_MOD__COUNT; i++)
		if (key && strcmp(key, modality_keys[i]) == 0)
			return i;
	return -1;
}

int nkg_role_valid(const char *key)
{
	for (size_t i = 0; key && nkg_role_keys[i]; i++)
		if (strcmp(key, nkg_role_keys[i]) == 0)
			return 1;
	return 0;
}

int nkg_kb_new(nkg_kb **out, nkg_error *err)
{
	*out = calloc(1, sizeof **out);
	return *out ? 0 : nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

void nkg_evidence_clear(nkg_evidence *ev)
{
	if (!ev)
		return;
	free(ev->exact);
	free(ev->prefix);
	free(ev->suffix);
	ev->exact = ev->prefix = ev->suffix = NULL;
}

/* Moves a byte offset back/forward to a UTF-8 character boundary, so the
 * prefix and suffix never cut a character in two. */
static size_t utf8_floor(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

int nkg_evidence_make(nkg_evidence *ev, const char *body, size_t body_len,
		      size_t start, size_t end)
{
	size_t ps, se;

	memset(ev, 0, sizeof *ev);
	if (end > body_len) end = body_len;
	if (start > end) start = end;
	ps = utf8_floor(body, start >= 32 ? start - 32 : 0);
	se = end + 32 < body_len ? utf8_floor(body, end + 32) : body_len;
	ev->start = start;
	ev->end = end;
	ev->exact = nkg_strndup(body + start, end - start);
	ev->prefix = nkg_strndup(body + ps, start - ps);
	ev->suffix = nkg_strndup(body + end, se - end);
	if (!ev->exact || !ev->prefix || !ev->suffix) {
		nkg_evidence_clear(ev);
		return NKG_ENOMEM;
	}
	return 0;
}

static size_t ent_hash(nkg_etype type, const char *name)
{
	size_t h = 1469598103934665603ULL ^ (size_t)type;
	for (; *name; name++) {
		h ^= (unsigned char)*name;
		h *= 1099511628211ULL;
	}
	return h;
}

/* The slot of (type, name): its entity, or the empty slot to take. */
static size_t ent_slot(const nkg_kb *kb, nkg_etype type, const char *name)
{
	size_t j = ent_hash(type, name) & (kb->ent_index_cap - 1);
	for (;; j = (j + 1) & (kb->ent_index_cap - 1)) {
		size_t v = kb->ent_index[j];
		if (!v)
			return j;
		const nkg_entity *e = &kb->entities[v - 1];
		if (e->type == type && !strcmp(e->name, name))
			return j;
	}
}

/* Keeps the load factor under 1/2. */
static int ent_index_grow(nkg_kb *kb)
{
	if ((kb->n_entities + 1) * 2 <= kb->ent_index_cap)
		return 0;
	size_t cap = kb->ent_index_cap ? kb->ent_index_cap * 2 : 256;
	size_t *old = kb->ent_index, old_cap = kb->ent_index_cap;
	kb->ent_index = calloc(cap, sizeof *kb->ent_index);
	if (!kb->ent_index) {
		kb->ent_index = old;
		return NKG_ENOMEM;
	}
	kb->ent_index_cap = cap;
	for (size_t i = 0; i < old_cap; i++)
		if (old[i]) {
			const nkg_entity *e = &kb->entities[old[i] - 1];
			kb->ent_index[ent_slot(kb, e->type, e->name)] = old[i];
		}
	free(old);
	return 0;
}

int nkg_kb_entity(nkg_kb *kb, nkg_etype type, const char *name,
		  size_t *idx, nkg_error *err)
{
	nkg_entity *e;
	void *arr;

	size_t slot;
	if (ent_index_grow(kb))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	slot = ent_slot(kb, type, name);
	if (kb->ent_index[slot]) {
		*idx = kb->ent_index[slot] - 1;
		return 0;
	}
	arr = kb->entities;
	if (nkg_grow(&arr, &kb->cap_entities, kb->n_entities + 1, sizeof *kb->entities))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	kb->entities = arr;
	e = &kb->entities[kb->n_entities];
	memset(e, 0, sizeof *e);
	e->type = type;
	e->name = nkg_strdup(name);
	e->slug = nkg_slug(name);
	if (!e->name || !e->slug) {
		free(e->name);
		free(e->slug);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	kb->ent_index[slot] = kb->n_entities + 1;
	*idx = kb->n_entities++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int nkg_kb_entity_alias(nkg_kb *kb, size_t idx, const char *alias)
{
	nkg_entity *e = &kb->entities[idx];
	char **arr;

	if (strcmp(alias, e->name) == 0)
		return 0;
	for (size_t i = 0; i < e->n_aliases; i++)
		if (strcmp(e->aliases[i], alias) == 0)
			return 0;
	arr = realloc(e->aliases, (e->n_aliases + 1) * sizeof *arr);
	if (!arr)
		return NKG_ENOMEM;
	e->aliases = arr;
	if (!(arr[e->n_aliases] = nkg_strdup(alias)))
		return NKG_ENOMEM;
	e->n_aliases++;
	qsort(e->aliases, e->n_aliases, sizeof *arr, cmp_str);
	return 0;
}

int nkg_kb_add_article(nkg_kb *kb, nkg_article *art, const char *lang,
		       size_t *idx, nkg_error *err)
{
	void *arr = kb->articles;
	nkg_kb_article *a;

	if (nkg_grow(&arr, &kb->cap_articles, kb->n_articles + 1, sizeof *kb->articles))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	kb->articles = arr;
	a = &kb->articles[kb->n_articles];
	memset(a, 0, sizeof *a);
	a->lang = nkg_strdup(lang ? lang : "und");
	if (!a->lang)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	a->article = art;
	if (idx)
		*idx = kb->n_articles;
	kb->n_articles++;
	return 0;
}

static int add_unique(size_t **arr, size_t *n, size_t v)
{
	size_t i, *p;
	for (i = 0; i < *n; i++)
		if ((*arr)[i] == v)
			return 0;
	p = realloc(*arr, (*n + 1) * sizeof *p);
	if (!p)
		return NKG_ENOMEM;
	/* Keep sorted so graph output does not depend on mention order. */
	for (i = *n; i > 0 && p[i - 1] > v; i--)
		p[i] = p[i - 1];
	p[i] = v;
	*arr = p;
	(*n)++;
	return 0;
}

int nkg_kb_article_mention(nkg_kb *kb, size_t art, size_t ent)
{
	nkg_kb_article *a = &kb->articles[art];
	return add_unique(&a->mentions, &a->n_mentions, ent);
}

int nkg_kb_article_author(nkg_kb *kb, size_t art, size_t ent)
{
	nkg_kb_article *a = &kb->articles[art];
	return add_unique(&a->authors, &a->n_authors, ent);
}

int nkg_kb_add_role(nkg_kb *kb, const nkg_role *r)
{
	void *arr = kb->roles;
	if (nkg_grow(&arr, &kb->cap_roles, kb->n_roles + 1, sizeof *kb->roles))
		return NKG_ENOMEM;
	kb->roles = arr;
	kb->roles[kb->n_roles++] = *r;
	return 0;
}

int nkg_kb_add_event(nkg_kb *kb, const nkg_event *e)
{
	void *arr = kb->events;
	if (nkg_grow(&arr, &kb->cap_events, kb->n_events + 1, sizeof *kb->events))
		return NKG_ENOMEM;
	kb->events = arr;
	kb->events[kb->n_events++] = *e;
	return 0;
}

void nkg_kb_free(nkg_kb *kb)
{
	if (!kb)
		return;
	for (size_t i = 0; i < kb->n_entities; i++) {
		nkg_entity *e = &kb->entities[i];
		free(e->name);
		free(e->slug);
		free(e->wikidata);
		free(e->gaz_type);
		for (size_t j = 0; j < e->n_aliases; j++)
			free(e->aliases[j]);
		free(e->aliases);
	}
	free(kb->entities);
	free(kb->ent_index);
	for (size_t i = 0; i < kb->n_articles; i++) {
		nkg_article_free(kb->articles[i].article);
		free(kb->articles[i].lang);
		free(kb->articles[i].mentions);
		free(kb->articles[i].authors);
	}
	free(kb->articles);
	nkg_kb_clear_statements(kb);
	free(kb->roles);
	free(kb->events);
	free(kb);
}

void nkg_kb_release_articles(nkg_kb *kb, size_t a0, size_t a1)
{
	for (size_t i = a0; i < a1 && i < kb->n_articles; i++) {
		nkg_kb_article *a = &kb->articles[i];
		nkg_article_free(a->article);
		free(a->lang);
		free(a->mentions);
		free(a->authors);
		memset(a, 0, sizeof *a);
	}
}

void nkg_kb_clear_statements(nkg_kb *kb)
{
	for (size_t i = 0; i < kb->n_roles; i++) {
		free(kb->roles[i].title);
		free(kb->roles[i].start_date);
		free(kb->roles[i].end_date);
		nkg_evidence_clear(&kb->roles[i].ev);
	}
	for (size_t i = 0; i < kb->n_events; i++) {
		free(kb->events[i].date);
		free(kb->events[i].trigger);
		nkg_evidence_clear(&kb->events[i].ev);
	}
	kb->n_roles = kb->n_events = 0;
}
