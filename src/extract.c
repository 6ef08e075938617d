/* newskg — the per-article pipeline driver. */
#include "newskg/extract.h"
#include "lang.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

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

/* One article's stage results, made by a worker thread. */
typedef struct job {
	nkg_article *art;
	nkg_doc *doc;
	nkg_mentions *ms;
	nkg_statements *st;
	int rc;
	nkg_error err;
} job;

typedef struct worker {
	job *jobs;
	size_t n;
	atomic_size_t *next;  /* shared: the next job to take */
	const nkg_gazetteer *gaz;
} worker;

/* Segments, finds mentions and statements for the batch's jobs.
 * Everything these stages read is either the job's own or read-only
 * (gazetteer, language tables), so workers share nothing mutable. */
static void *work(void *arg)
{
	worker *w = arg;
	/* Jobs taken one at a time, not in fixed shares: articles differ in
	 * length, and a fixed share leaves a core idle at each batch's end. */
	for (size_t i; (i = atomic_fetch_add(w->next, 1)) < w->n;) {
		job *j = &w->jobs[i];
		nkg_article *a = j->art;
		if ((j->rc = nkg_segment(a->body, a->body_len, a->lang, &j->doc, &j->err)) ||
		    (j->rc = nkg_mentions_find(j->doc, w->gaz, a->date, &j->ms, &j->err)) ||
		    (j->rc = nkg_statements_find(j->doc, j->ms, &j->st, &j->err)))
			continue;
	}
	return NULL;
}

/* Worker threads run on stacks of our own (pthread_attr_setstack), made
 * once per run and unmapped at its end.  Why not glibc's: glibc keeps the
 * stack of a joined thread in its cache for the next pthread_create, and
 * with it the thread's TLS vector (allocate_dtv), reachable only through
 * a pointer into its middle; valgrind then reports that vector as
 * "possibly lost" on some runs (issue 14: 3 runs in 10).  For a stack
 * the caller gives, glibc frees the TLS vector at the join
 * (__nptl_deallocate_stack), so nothing of a worker outlives it. */
#define WORKER_STACK (8u << 20) /* glibc's default; mapped lazily */

typedef struct stacks {
	void *base[64];
	size_t page;
} stacks;

static void *stack_get(stacks *s, unsigned t)
{
	if (!s->base[t]) {
		void *p = mmap(NULL, WORKER_STACK, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
		if (p == MAP_FAILED)
			return NULL;
		/* the lowest page is the guard an overflow faults on */
		if (mprotect(p, s->page, PROT_NONE)) {
			munmap(p, WORKER_STACK);
			return NULL;
		}
		s->base[t] = p;
	}
	return s->base[t];
}

static void stacks_free(stacks *s)
{
	for (unsigned t = 0; t < 64; t++)
		if (s->base[t])
			munmap(s->base[t], WORKER_STACK);
}

/* Starts work(w) on thread *th with worker stack t; nonzero when it could
 * not (the caller then runs that share itself). */
static int worker_start(pthread_t *th, stacks *s, unsigned t, worker *w)
{
	pthread_attr_t attr;
	void *stack = stack_get(s, t);
	int rc;

	if (!stack || pthread_attr_init(&attr))
		return -1;
	rc = pthread_attr_setstack(&attr, stack, WORKER_STACK) ||
	     pthread_create(th, &attr, work, w);
	pthread_attr_destroy(&attr);
	return rc;
}

static void job_clear(job *j)
{
	nkg_statements_free(j->st);
	nkg_mentions_free(j->ms);
	nkg_doc_free(j->doc);
	nkg_article_free(j->art);
	memset(j, 0, sizeof *j);
}

/* Reads every article of reader into r, with jobs threads (0: one per
 * core); articles reach the resolver in input order either way. */
static int extract_into(nkg_resolver *r, nkg_reader *reader, const nkg_gazetteer *gaz,
			unsigned jobs, nkg_progress_fn progress, void *ctx,
			nkg_error *err)
{
	job *batch = NULL;
	pthread_t th[64];
	worker wk[64];
	stacks stk = { .page = (size_t)sysconf(_SC_PAGESIZE) };
	size_t n = 0, total = 0, bytes = 0, cap;
	int rc = 0, eof = 0;

	if (jobs == 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = c > 0 ? (unsigned)c : 1;
	}
	if (jobs > 64)
		jobs = 64;
	if (jobs == 1) {
		nkg_article *art = NULL;
		while ((rc = nkg_reader_next(reader, &art, err)) == 1) {
			size_t len = art->body_len;
			if ((rc = nkg_extract_article(r, gaz, art, err)))
				return rc;
			total++;
			bytes += len;
			if (progress)
				progress(ctx, total, bytes);
		}
		return rc < 0 ? rc : 0;
	}
	cap = 32 * jobs;
	/* Two batches: while the workers process one, this thread hands the
	 * other to the resolver and reads the next (those steps are serial:
	 * overlapping them is what lets -j scale). */
	if (!(batch = calloc(2 * cap, sizeof *batch)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	job *cur = batch, *prev = batch + cap;
	size_t n_prev = 0;
	for (;;) {
		/* read a batch in input order */
		for (n = 0; !eof && n < cap; n++) {
			int got = nkg_reader_next(reader, &cur[n].art, err);
			if (got < 0) {
				rc = got;
				goto done;
			}
			if (got == 0) {
				eof = 1;
				break;
			}
		}
		unsigned nt = jobs < n ? jobs : (unsigned)n, started = 0;
		atomic_size_t next;
		atomic_init(&next, 0);
		for (unsigned t = 0; t < nt; t++) {
			wk[t] = (worker){ cur, n, &next, gaz };
			if (worker_start(&th[t], &stk, t, &wk[t]))
				break;
			started++;
		}
		/* meanwhile: the previous batch to the resolver, in input
		 * order (the same result as one thread) */
		for (size_t i = 0; i < n_prev && !rc; i++) {
			job *j = &prev[i];
			size_t len = j->art->body_len;
			if (j->rc) {
				rc = j->rc;
				*err = j->err;
				break;
			}
			nkg_article *a = j->art;
			j->art = NULL; /* the resolver takes it */
			if ((rc = nkg_resolver_add(r, a, j->doc, j->ms, j->st, err)))
				break;
			job_clear(j);
			total++;
			bytes += len;
			if (progress)
				progress(ctx, total, bytes);
		}
		/* a thread that could not start: its share runs here */
		for (unsigned t = started; t < nt; t++)
			work(&wk[t]);
		for (unsigned t = 0; t < started; t++)
			pthread_join(th[t], NULL);
		if (rc || !n)
			break;
		job *tmp = prev;
		prev = cur;
		cur = tmp;
		n_prev = n;
	}
done:
	for (size_t i = 0; batch && i < 2 * cap; i++)
		job_clear(&batch[i]);
	free(batch);
	stacks_free(&stk);
	return rc;
}

int nkg_extract_all_jobs(nkg_reader *reader, const nkg_gazetteer *gaz,
			 unsigned jobs, nkg_progress_fn progress, void *ctx,
			 nkg_kb **out, nkg_error *err)
{
	nkg_resolver *r = NULL;
	int rc;

	*out = NULL;
	if (!(rc = nkg_resolver_new(&r, gaz, err)) &&
	    !(rc = extract_into(r, reader, gaz, jobs, progress, ctx, err)))
		rc = nkg_resolver_finish(r, out, err);
	nkg_resolver_free(r);
	return rc;
}

int nkg_extract_all(nkg_reader *reader, const nkg_gazetteer *gaz,
		    nkg_progress_fn progress, void *ctx, nkg_kb **out,
		    nkg_error *err)
{
	return nkg_extract_all_jobs(reader, gaz, 1, progress, ctx, out, err);
}

int nkg_extract_each(nkg_reader *reader, const nkg_gazetteer *gaz,
		     unsigned jobs, nkg_progress_fn progress, void *ctx,
		     size_t round, nkg_resolver_round_fn fn, void *fn_ctx,
		     nkg_error *err)
{
	nkg_resolver *r = NULL;
	int rc;

	if (!(rc = nkg_resolver_new(&r, gaz, err)) &&
	    !(rc = nkg_resolver_spill(r, err)) &&
	    !(rc = extract_into(r, reader, gaz, jobs, progress, ctx, err)))
		rc = nkg_resolver_finish_each(r, round, fn, fn_ctx, err);
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
	if (ms->main_org >= 0)
		nkg_buf_printf(out, "# the article's organisation: %s\n", ms->chains[ms->main_org].name);
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
