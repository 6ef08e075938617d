/* newskg — entity resolution across articles, and building the kb.
 *
 * Each article contributes local entities (the chains of its mentions).
 * finish() merges them: full person names by first name and a similar last
 * name (spelling variants and typos of the source), single words to the
 * person they end (a surname alone), organisations by a look-alike key or
 * gazetteer entry.  Unknown single words that match nobody are dropped. */
#include "newskg/resolve.h"

#include <stdlib.h>
#include <string.h>

typedef struct form {
	char *text;
	size_t count;
} form;

typedef struct lent {          /* a local entity: one chain of one article */
	nkg_ntype type;
	char *name;
	const nkg_gaz_entry *gaz;
	form *forms; size_t n_forms;
	size_t count;
	int author, body;
	size_t global;         /* after finish: kb entity or NKG_NONE */
	size_t parent;         /* union-find over all local entities */
} lent;

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
	size_t ent0, ent1;     /* its local entities */
	lrole *roles; size_t n_roles;
	levent *events; size_t n_events;
} lart;

struct nkg_resolver {
	const nkg_gazetteer *gaz;
	lent *ents; size_t n_ents, cap_ents;
	lart *arts; size_t n_arts, cap_arts;
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

static void free_arts(nkg_resolver *r)
{
	for (size_t i = 0; i < r->n_ents; i++) {
		free(r->ents[i].name);
		for (size_t j = 0; j < r->ents[i].n_forms; j++)
			free(r->ents[i].forms[j].text);
		free(r->ents[i].forms);
	}
	free(r->ents);
	for (size_t i = 0; i < r->n_arts; i++) {
		lart *a = &r->arts[i];
		nkg_article_free(a->art);
		for (size_t j = 0; j < a->n_roles; j++) {
			free(a->roles[j].title);
			nkg_evidence_clear(&a->roles[j].ev);
		}
		free(a->roles);
		for (size_t j = 0; j < a->n_events; j++) {
			free(a->events[j].trigger);
			nkg_evidence_clear(&a->events[j].ev);
		}
		free(a->events);
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
	free(r);
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
	size_t base = r->n_ents;
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
	a->ent0 = base;
	arr = r->ents;
	if (nkg_grow(&arr, &r->cap_ents, base + ms->n_chains + 1, sizeof *r->ents))
		goto oom;
	r->ents = arr;
	for (size_t c = 0; c < ms->n_chains; c++) {
		lent *e = &r->ents[r->n_ents++];
		memset(e, 0, sizeof *e);
		e->type = ms->chains[c].type;
		e->gaz = ms->chains[c].gaz;
		e->author = ms->chains[c].author;
		e->body = ms->chains[c].body;
		e->global = NKG_NONE;
		e->parent = base + c;
		if (!(e->name = nkg_strdup(ms->chains[c].name)))
			goto oom;
	}
	a->ent1 = r->n_ents;
	for (size_t i = 0; i < ms->n; i++) {
		const nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain < 0)
			continue;
		lent *e = &r->ents[base + (size_t)m->chain];
		e->count++;
		if (add_form(e, m->text))
			goto oom;
	}
	if (st->n_roles && !(a->roles = calloc(st->n_roles, sizeof *a->roles)))
		goto oom;
	for (size_t i = 0; i < st->n_roles; i++) {
		const nkg_stmt_role *sr = &st->roles[i];
		lrole *lr = &a->roles[a->n_roles];
		lr->person = base + (size_t)sr->person;
		lr->org = sr->org >= 0 ? base + (size_t)sr->org : NKG_NONE;
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
		le->person = base + (size_t)se->person;
		le->org = se->org >= 0 ? base + (size_t)se->org : NKG_NONE;
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

static int merge(nkg_resolver *r)
{
	char **key = calloc(r->n_ents + 1, sizeof *key);
	int rc = 0;

	if (!key)
		return NKG_ENOMEM;
	for (size_t i = 0; i < r->n_ents; i++) {
		lent *e = &r->ents[i];
		key[i] = e->type == NKG_NT_ORG ? nkg_name_org_key(e->name) : nkg_fold(e->name);
		if (!key[i]) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}
	/* Full person names; organisations. */
	for (size_t i = 0; i < r->n_ents; i++) {
		lent *e = &r->ents[i];
		for (size_t j = 0; j < i; j++) {
			lent *o = &r->ents[j];
			if (o->type != e->type)
				continue;
			if (e->type == NKG_NT_PERSON && nkg_name_words(key[i]) >= 2 &&
			    nkg_name_words(key[j]) >= 2 && nkg_name_same_person(key[i], key[j])) {
				unite(r, i, j);
				break;
			}
			if (e->type == NKG_NT_ORG &&
			    (!strcmp(key[i], key[j]) || (e->gaz && e->gaz == o->gaz))) {
				unite(r, i, j);
				break;
			}
		}
	}
	/* Single words: the most mentioned full-name person they end. */
	for (size_t i = 0; i < r->n_ents; i++) {
		lent *e = &r->ents[i];
		if (e->type == NKG_NT_ORG || nkg_name_words(key[i]) != 1)
			continue;
		size_t best = NKG_NONE, best_count = 0;
		for (size_t j = 0; j < r->n_ents; j++) {
			if (r->ents[j].type != NKG_NT_PERSON || nkg_name_words(key[j]) < 2)
				continue;
			if (!nkg_name_is_surname_of(key[i], key[j]))
				continue;
			size_t root = find(r, j), cnt = 0;
			for (size_t k = 0; k < r->n_ents; k++)
				if (find(r, k) == root)
					cnt += r->ents[k].count;
			if (cnt > best_count) {
				best_count = cnt;
				best = j;
			}
		}
		if (best != NKG_NONE) {
			e->type = NKG_NT_PERSON;
			unite(r, i, best);
		} else if (e->type == NKG_NT_UNKNOWN) {
			/* Maybe an organisation named with cues elsewhere. */
			for (size_t j = 0; j < r->n_ents; j++)
				if (r->ents[j].type == NKG_NT_ORG && !strcmp(key[j], key[i])) {
					e->type = NKG_NT_ORG;
					unite(r, i, j);
					break;
				}
		}
	}
done:
	for (size_t i = 0; i < r->n_ents; i++)
		free(key[i]);
	free(key);
	return rc;
}

/* ---- building the kb -------------------------------------------------- */

static int build_entities(nkg_resolver *r, nkg_kb *kb, nkg_error *err)
{
	for (size_t i = 0; i < r->n_ents; i++) {
		size_t root = find(r, i);
		lent *e = &r->ents[root];
		if (e->global != NKG_NONE || root != i)
			continue;
		/* Type of the cluster: any person or organisation member wins
		 * over unknown members. */
		nkg_ntype type = NKG_NT_UNKNOWN;
		const nkg_gaz_entry *gaz = NULL;
		form *all = NULL;
		size_t n_all = 0;
		for (size_t j = i; j < r->n_ents; j++) {
			if (find(r, j) != root)
				continue;
			lent *m = &r->ents[j];
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
					form *na = realloc(all, (n_all + 1) * sizeof *all);
					if (!na) {
						free(all);
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
			continue;
		}
		const char *name = gaz ? gaz->name : NULL;
		if (!name && n_all) {
			qsort(all, n_all, sizeof *all, cmp_form);
			name = all[0].text;
		}
		if (!name)
			name = e->name;
		size_t gi;
		int rc = nkg_kb_entity(kb, type == NKG_NT_PERSON ? NKG_PERSON : NKG_ORG,
				       name, &gi, err);
		for (size_t k = 0; !rc && k < n_all; k++)
			if (nkg_kb_entity_alias(kb, gi, all[k].text))
				rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		free(all);
		if (rc)
			return rc;
		if (gaz && gaz->wikidata && !kb->entities[gi].wikidata &&
		    !(kb->entities[gi].wikidata = nkg_strdup(gaz->wikidata)))
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
		if (gaz && !kb->entities[gi].gaz_type &&
		    !(kb->entities[gi].gaz_type = nkg_strdup(nkg_gaz_type_name(gaz->type))))
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
		for (size_t j = i; j < r->n_ents; j++)
			if (find(r, j) == root)
				r->ents[j].global = gi;
	}
	return 0;
}

static size_t gid(const nkg_resolver *r, size_t local)
{
	return local == NKG_NONE ? NKG_NONE : r->ents[local].global;
}

int nkg_resolver_finish(nkg_resolver *r, nkg_kb **out, nkg_error *err)
{
	nkg_kb *kb = NULL;
	int rc;

	*out = NULL;
	if ((rc = merge(r))) {
		nkg_error_set(err, rc, "out of memory");
		goto done;
	}
	if ((rc = nkg_kb_new(&kb, err)) || (rc = build_entities(r, kb, err)))
		goto done;
	for (size_t ai = 0; ai < r->n_arts; ai++) {
		lart *a = &r->arts[ai];
		size_t kai;
		if ((rc = nkg_kb_add_article(kb, a->art, a->lang, &kai, err)))
			goto done;
		a->art = NULL; /* now the kb's */
		for (size_t i = a->ent0; i < a->ent1; i++) {
			size_t g = r->ents[i].global;
			if (g == NKG_NONE)
				continue;
			if (nkg_kb_article_mention(kb, kai, g) ||
			    (r->ents[i].author && kb->entities[g].type == NKG_PERSON &&
			     nkg_kb_article_author(kb, kai, g)))
				goto oom;
		}
		for (size_t i = 0; i < a->n_roles; i++) {
			lrole *lr = &a->roles[i];
			size_t p = gid(r, lr->person), o = gid(r, lr->org);
			int dup = 0;
			if (p == NKG_NONE || kb->entities[p].type != NKG_PERSON)
				continue;
			if (o != NKG_NONE && kb->entities[o].type != NKG_ORG)
				o = NKG_NONE;
			for (size_t j = 0; j < kb->n_roles; j++) {
				nkg_role *x = &kb->roles[j];
				if (x->article == kai && x->person == p && x->org == o &&
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
			size_t p = gid(r, le->person), o = gid(r, le->org);
			int dup = 0;
			if (p == NKG_NONE || kb->entities[p].type != NKG_PERSON)
				continue;
			if (o != NKG_NONE && kb->entities[o].type != NKG_ORG)
				o = NKG_NONE;
			/* The same move told twice in one article: keep the
			 * first telling, with the date if either gives one. */
			for (size_t j = 0; j < kb->n_events; j++) {
				nkg_event *x = &kb->events[j];
				if (x->article != kai || x->person != p || x->org != o ||
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
	}
	free_arts(r);
	*out = kb;
	kb = NULL;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_kb_free(kb);
	return rc;
}
