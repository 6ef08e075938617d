/* newskg — the streaming N-Quads writer: the kb as N-Quads text, written
 * by worker threads an article at a time (see graph.h). */
#include "graph_int.h"

/* ---- streaming --------------------------------------------------------- */

/* One worker of the streaming writer: articles of the round [a0, a1),
 * taken one at a time, each into text[i - a0].  The kb is only read. */
typedef struct stream_worker {
	const nkg_kb *kb;
	const size_t *rstart, *estart; /* per article from base; NULL: scan all */
	size_t base;
	rsink *rs;
	size_t a0, a1;
	atomic_size_t *next;           /* shared: next article - a0 to take */
	nkg_buf *text;                 /* per article of the round; reused */
	size_t failed_at;              /* article that failed, or NKG_NONE */
	int rc;
	nkg_error err;
} stream_worker;

static void *stream_work(void *arg)
{
	stream_worker *w = arg;
	const nkg_kb *kb = w->kb;

	/* One article at a time, not fixed shares (articles differ in size) */
	for (size_t i; !w->rc && (i = w->a0 + atomic_fetch_add(w->next, 1)) < w->a1;) {
		size_t r0 = w->rstart ? w->rstart[i - w->base] : 0;
		size_t r1 = w->rstart ? w->rstart[i - w->base + 1] : kb->n_roles;
		size_t e0 = w->estart ? w->estart[i - w->base] : 0;
		size_t e1 = w->estart ? w->estart[i - w->base + 1] : kb->n_events;
		if ((w->rc = nkg_g_emit_nquads(w->rs, kb, i, i + 1, r0, r1, e0, e1, &w->err)) ||
		    (w->rc = nkg_g_rsink_take(w->rs, &w->text[i - w->a0]))) {
			if (w->rc == NKG_ENOMEM)
				nkg_error_set(&w->err, w->rc, "out of memory");
			w->failed_at = i;
		}
	}
	return NULL;
}

/* First index of the items of each article a0..a1 (a1 - a0 + 1 entries,
 * relative to a0); NULL when the items are not in article order (then
 * every article scans them all). */
static size_t *article_starts(const nkg_kb *kb, int roles, size_t a0, size_t a1,
			      int *oom)
{
	size_t n = roles ? kb->n_roles : kb->n_events, *start, k = 0;

	*oom = 0;
	for (size_t i = 1; i < n; i++)
		if ((roles ? kb->roles[i - 1].article > kb->roles[i].article
			   : kb->events[i - 1].article > kb->events[i].article))
			return NULL;
	if (!(start = malloc((a1 - a0 + 1) * sizeof *start))) {
		*oom = 1;
		return NULL;
	}
	for (size_t a = a0; a <= a1; a++) {
		while (k < n && (roles ? kb->roles[k].article : kb->events[k].article) < a)
			k++;
		start[a - a0] = k;
	}
	return start;
}

enum { MAX_JOBS = 64, PER_JOB = 64 };

struct nkg_nquads_writer {
	unsigned nt;
	stream_worker w[MAX_JOBS];
	size_t round;
	nkg_buf *text;   /* two sets of round entries, kept from round to
			  * round: one is written while the other fills */
};

void nkg_nquads_writer_free(nkg_nquads_writer *qw)
{
	if (!qw)
		return;
	for (unsigned t = 0; t < qw->nt; t++)
		nkg_g_rsink_free(qw->w[t].rs);
	for (size_t i = 0; qw->text && i < 2 * qw->round; i++)
		nkg_buf_free(&qw->text[i]);
	free(qw->text);
	free(qw);
}

int nkg_nquads_writer_new(nkg_nquads_writer **out, unsigned jobs, nkg_error *err)
{
	nkg_nquads_writer *qw = calloc(1, sizeof *qw);
	int rc = 0;

	*out = NULL;
	if (!qw)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (jobs == 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = c > 0 ? (unsigned)c : 1;
	}
	qw->nt = jobs > MAX_JOBS ? MAX_JOBS : jobs;
	qw->round = (size_t)qw->nt * PER_JOB;
	if (!(qw->text = calloc(2 * qw->round, sizeof *qw->text))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	for (unsigned t = 0; t < qw->nt; t++)
		if ((rc = nkg_g_rsink_new(&qw->w[t].rs))) {
			rc = nkg_error_set(err, rc, "raptor: cannot create the N-Quads serializer");
			goto done;
		}
	*out = qw;
	qw = NULL;
done:
	nkg_nquads_writer_free(qw);
	return rc;
}

/* Writes the n texts of a round in order and empties them. */
static int write_texts(nkg_buf *t, size_t n, FILE *out, nkg_error *err)
{
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		if (!rc && t[i].len && fwrite(t[i].data, 1, t[i].len, out) != t[i].len)
			rc = nkg_error_set(err, NKG_EIO, "write failed");
		t[i].len = 0;
		/* kept for the next round, unless one long article made it
		 * big: memory stays bounded by the typical article */
		if (t[i].cap > (size_t)1 << 18)
			nkg_buf_free(&t[i]);
	}
	return rc;
}

int nkg_nquads_writer_write(nkg_nquads_writer *qw, const nkg_kb *kb, size_t a0,
			    size_t a1, FILE *out, nkg_error *err)
{
	stream_worker *w = qw->w;
	pthread_t th[MAX_JOBS];
	size_t *rstart = NULL, *estart = NULL;
	unsigned nt = qw->nt;
	int rc, oom1 = 0, oom2 = 0;

	if ((rc = nkg_g_kb_check_range(kb, a0, a1, err)))
		return rc;
	if ((size_t)nt > a1 - a0)
		nt = a1 > a0 ? (unsigned)(a1 - a0) : 1;
	rstart = article_starts(kb, 1, a0, a1, &oom1);
	estart = article_starts(kb, 0, a0, a1, &oom2);
	if (oom1 || oom2) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	/* Rounds of qw->round articles: the workers share each round out;
	 * this thread writes the texts in article order, so the output is
	 * the same whatever the number of threads.  With two threads or
	 * more, round r is written while the workers fill round r + 1 (the
	 * other set of texts): writing was a serial share of each round.
	 * -j 1 stays on one thread. */
	{
		int overlap = nt > 1;
		size_t prev_n = 0;    /* the round waiting to be written */
		nkg_buf *prev = NULL;
		unsigned set = 0;
		for (size_t r0 = a0; r0 < a1 && !rc; r0 += qw->round, set ^= (unsigned)overlap) {
			size_t r1 = a1 - r0 > qw->round ? r0 + qw->round : a1;
			nkg_buf *cur = qw->text + (size_t)set * qw->round;
			unsigned started = 0, first = overlap ? 0 : 1;
			size_t bad = NKG_NONE;
			atomic_size_t next;
			atomic_init(&next, 0);
			for (unsigned t = 0; t < nt; t++) {
				rsink *rs = w[t].rs;
				w[t] = (stream_worker){ .kb = kb, .rstart = rstart, .estart = estart,
							.base = a0, .rs = rs, .a0 = r0, .a1 = r1,
							.next = &next, .text = cur,
							.failed_at = NKG_NONE };
			}
			/* Overlapping: every worker on a thread of its own; else
			 * worker 0 runs here.  A thread that cannot start runs
			 * here, after the write. */
			started = first;
			for (unsigned t = first; t < nt; t++) {
				if (pthread_create(&th[t], NULL, stream_work, &w[t]))
					break;
				started = t + 1;
			}
			/* The previous round, while this one is worked on. */
			if (prev && (rc = write_texts(prev, prev_n, out, err)) != 0)
				prev = NULL;
			if (!overlap)
				stream_work(&w[0]);
			for (unsigned t = started; t < nt; t++)
				stream_work(&w[t]);
			for (unsigned t = first; t < started; t++)
				pthread_join(th[t], NULL);
			for (unsigned t = 0; t < nt; t++)
				if (w[t].rc && (bad == NKG_NONE || w[t].failed_at < bad)) {
					bad = w[t].failed_at;
					if (!rc) {
						rc = w[t].rc;
						*err = w[t].err;
					}
				}
			prev = cur;
			prev_n = r1 - r0;
			if (!overlap && !rc) {
				rc = write_texts(prev, prev_n, out, err);
				prev = NULL;
			}
		}
		if (prev && !rc)
			rc = write_texts(prev, prev_n, out, err);
		/* (after an error the texts not written are dropped) */
		for (size_t i = 0; i < 2 * qw->round; i++)
			qw->text[i].len = 0;
	}
done:
	free(rstart);
	free(estart);
	return rc;
}

int nkg_graph_stream_nquads(const nkg_kb *kb, FILE *out, unsigned jobs,
			    nkg_error *err)
{
	nkg_nquads_writer *qw = NULL;
	int rc;

	if (!(rc = nkg_nquads_writer_new(&qw, jobs, err)))
		rc = nkg_nquads_writer_write(qw, kb, 0, kb->n_articles, out, err);
	nkg_nquads_writer_free(qw);
	return rc;
}
