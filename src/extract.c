/* newskg — the per-article pipeline driver. */
#include "newskg/extract.h"

#include "newskg/mentions.h"
#include "newskg/segment.h"
#include "newskg/statements.h"
#include "newskg/kb.h"

int nkg_extract_article(nkg_resolver *r, const nkg_gazetteer *gaz,
			nkg_article *art, nkg_error *err)
{
	nkg_doc *doc = NULL;
	nkg_mentions *ms = NULL;
	nkg_statements *st = NULL;
	int rc;

	if ((rc = nkg_segment(art->body, art->body_len, art->lang, &doc, err)) ||
	    (rc = nkg_mentions_find(doc, gaz, art->date, &ms, err)) ||
	    (rc = nkg_statements_find(doc, ms, &st, err))) {
		nkg_article_free(art);
		goto done;
	}
	/* The resolver takes art; doc borrows art->body, so it is freed
	 * after the hand-over, which keeps the body alive until then. */
	rc = nkg_resolver_add(r, art, doc, ms, st, err);
done:
	nkg_statements_free(st);
	nkg_mentions_free(ms);
	nkg_doc_free(doc);
	return rc;
}

int nkg_extract_all(nkg_reader *reader, const nkg_gazetteer *gaz,
		    nkg_progress_fn progress, void *ctx, nkg_kb **out,
		    nkg_error *err)
{
	nkg_resolver *r = NULL;
	nkg_article *art = NULL;
	size_t n = 0, bytes = 0;
	int rc;

	*out = NULL;
	if ((rc = nkg_resolver_new(&r, gaz, err)))
		return rc;
	while ((rc = nkg_reader_next(reader, &art, err)) == 1) {
		size_t len = art->body_len;
		if ((rc = nkg_extract_article(r, gaz, art, err)))
			goto done;
		n++;
		bytes += len;
		if (progress)
			progress(ctx, n, bytes);
	}
	if (rc < 0)
		goto done;
	rc = nkg_resolver_finish(r, out, err);
done:
	nkg_resolver_free(r);
	return rc;
}

static const char *mkind_name(const nkg_mention *m, const nkg_mentions *ms)
{
	static const char *const nt[] = { "UNKNOWN", "PERSON", "ORG", "OTHER" };
	switch (m->kind) {
	case NKG_M_NAME: return nt[m->chain >= 0 ? ms->chains[m->chain].type : m->type];
	case NKG_M_TITLE: return "TITLE";
	case NKG_M_DATE: return "DATE";
	default: return "PRONOUN";
	}
}

int nkg_extract_explain(const nkg_gazetteer *gaz, const nkg_article *art,
			nkg_buf *out, nkg_error *err)
{
	nkg_doc *doc = NULL;
	nkg_mentions *ms = NULL;
	nkg_statements *st = NULL;
	int rc;

	if ((rc = nkg_segment(art->body, art->body_len, art->lang, &doc, err)) ||
	    (rc = nkg_mentions_find(doc, gaz, art->date, &ms, err)) ||
	    (rc = nkg_statements_find(doc, ms, &st, err)))
		goto done;
	nkg_buf_printf(out, "# article %s (%s, %s)\n", art->id, doc->lang->code,
		       art->date ? art->date : "undated");
	for (size_t si = 0; si < doc->n_sents; si++) {
		const nkg_sentence *s = &doc->sents[si];
		nkg_buf_printf(out, "\n[%zu] p%u %s%s%s%s%s%s| %.*s\n", si, s->para, s->lang->code,
			       s->flags & NKG_SENT_COMMENT ? " comment" : "",
			       s->flags & NKG_SENT_NOISE ? " noise" : "",
			       s->flags & NKG_SENT_BYLINE ? " byline" : "",
			       s->flags & NKG_SENT_SHORT ? " short" : "",
			       s->flags & NKG_SENT_TITLE ? " title" : "",
			       (int)(s->end - s->start), art->body + s->start);
		for (size_t mi = ms->by_sent[si]; mi < ms->by_sent[si + 1]; mi++) {
			const nkg_mention *m = &ms->m[mi];
			const nkg_token *a = &doc->toks[m->tok0], *b = &doc->toks[m->tok1 - 1];
			nkg_buf_printf(out, "    %-7s %.*s", mkind_name(m, ms),
				       (int)(b->end - a->start), art->body + a->start);
			if (m->kind == NKG_M_NAME)
				nkg_buf_printf(out, "  [P=%.1f O=%.1f%s chain=%d %s]", m->person_score,
					       m->org_score, m->gaz ? " gaz" : "", m->chain,
					       m->chain >= 0 ? ms->chains[m->chain].name : "");
			else if (m->kind == NKG_M_TITLE)
				nkg_buf_printf(out, "  [%s%s%s]", m->role, m->former ? " former" : "",
					       m->interim ? " interim" : "");
			else if (m->kind == NKG_M_DATE)
				nkg_buf_printf(out, "  [%s]", m->date[0] ? m->date : "vague");
			nkg_buf_puts(out, "\n");
		}
		for (size_t i = 0; i < st->n_roles; i++) {
			const nkg_stmt_role *r = &st->roles[i];
			if (r->sent == si)
				nkg_buf_printf(out, "  => ROLE %s %s @ %s (%.2f)\n",
					       ms->chains[r->person].name, r->role,
					       r->org >= 0 ? ms->chains[r->org].name : "-", r->confidence);
		}
		for (size_t i = 0; i < st->n_events; i++) {
			const nkg_stmt_event *e = &st->events[i];
			if (e->sent == si)
				nkg_buf_printf(out, "  => EVENT %s %s @ %s date=%s %s (%.2f)\n",
					       ms->chains[e->person].name, nkg_evkind_key(e->kind),
					       e->org >= 0 ? ms->chains[e->org].name : "-",
					       e->date[0] ? e->date : "-", nkg_modality_key(e->modality),
					       e->confidence);
		}
	}
done:
	nkg_statements_free(st);
	nkg_mentions_free(ms);
	nkg_doc_free(doc);
	return rc;
}
