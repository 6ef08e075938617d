/* newskg — the persistent store (see store.h): a directory with the graph
 * in Berkeley DB files (nkg_graph_open), a lock file, and pushing graphs
 * to a SPARQL 1.1 Graph Store HTTP Protocol endpoint through libcurl.
 *
 * Why Redland "hashes" on Berkeley DB (hash-type 'bdb'): it ships in
 * librdf0 itself (no plugin package), keeps contexts, and adds ~28k quads/s
 * here; the "sqlite" storage (librdf-storage-sqlite plugin) commits each
 * statement on its own and managed 274 quads/s (docs/querying.md has the
 * measurements).  Berkeley DB is used without an environment, so there
 * are no transactions and no safe concurrent writers: hence the flock()
 * (one writer, or any number of readers) and the DIRTY marker that tells
 * a later run that a writer died in the middle.
 *
 * libcurl ownership: curl_easy_escape returns memory freed with
 * curl_free; curl_slist_append returns the new list head (NULL on
 * failure, the old list is kept), freed with curl_slist_free_all. */
#include "newskg/store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#define STORE_FORMAT "newskg-store 1\n"

/* Weak references: a build that does not link libcurl (PKGS without
 * libcurl) still links, and push then says so instead of the whole
 * program failing to build. */
#pragma weak curl_global_init
#pragma weak curl_global_cleanup
#pragma weak curl_easy_init
#pragma weak curl_easy_cleanup
#pragma weak curl_easy_reset
#pragma weak curl_easy_setopt
#pragma weak curl_easy_perform
#pragma weak curl_easy_getinfo
#pragma weak curl_easy_strerror
#pragma weak curl_easy_escape
#pragma weak curl_free
#pragma weak curl_slist_append
#pragma weak curl_slist_free_all

struct nkg_store {
	char *dir;        /* owned */
	nkg_graph *g;     /* owned: the persistent graph */
	int lock_fd;      /* flock()ed lock file, or -1 */
	int writable;
};

/* ---- files in the store directory --------------------------------------- */

static char *path_in(const char *dir, const char *name)
{
	nkg_buf b = {0};
	if (nkg_buf_printf(&b, "%s/%s", dir, name)) {
		nkg_buf_free(&b);
		return NULL;
	}
	return nkg_buf_detach(&b);
}

static int file_exists(const char *dir, const char *name)
{
	char *p = path_in(dir, name);
	struct stat st;
	int r = p && stat(p, &st) == 0;
	free(p);
	return r;
}

int nkg_store_mkdirs(const char *dir, nkg_error *err)
{
	char *p = nkg_strdup(dir);
	int rc = 0;

	if (!p)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	for (char *s = p + 1; ; s++) {
		if (*s == '/' || !*s) {
			char c = *s;
			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				rc = nkg_error_set(err, NKG_EIO, "%s: cannot create directory: %s",
						   p, strerror(errno));
				break;
			}
			*s = c;
			if (!c)
				break;
		}
	}
	free(p);
	return rc;
}

/* Whether dir holds nothing but what a store may hold (so that a store is
 * never made on top of unrelated files). */
static int dir_is_blank(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int blank = 1;

	if (!d)
		return 0;
	while (blank && (e = readdir(d)) != NULL) {
		const char *n = e->d_name;
		blank = !strcmp(n, ".") || !strcmp(n, "..") || !strcmp(n, "lock") ||
			!strncmp(n, "quads-", 6) || !strncmp(n, "triples-", 8);
	}
	closedir(d);
	return blank;
}

/* ---- locking -------------------------------------------------------------- */

/* What the lock file says about its holder ("pid 123"), for messages. */
static void holder_of(int fd, char *out, size_t n)
{
	ssize_t r = pread(fd, out, n - 1, 0);
	out[r > 0 ? r : 0] = '\0';
	out[strcspn(out, "\n")] = '\0';
}

static int take_lock(nkg_store *s, unsigned flags, nkg_store_wait_fn wait_cb,
		     void *wait_ctx, nkg_error *err)
{
	char *p = path_in(s->dir, "lock");
	int op = s->writable ? LOCK_EX : LOCK_SH;
	char who[128];

	if (!p)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	s->lock_fd = open(p, (s->writable ? O_RDWR : O_RDONLY) | O_CREAT | O_CLOEXEC, 0666);
	if (s->lock_fd < 0 && !s->writable && errno == ENOENT)
		s->lock_fd = open(p, O_RDONLY | O_CLOEXEC);
	if (s->lock_fd < 0) {
		int e = errno;
		free(p);
		return nkg_error_set(err, NKG_EIO, "%s/lock: cannot open: %s", s->dir, strerror(e));
	}
	free(p);
	if (flock(s->lock_fd, op | LOCK_NB) == 0)
		goto locked;
	if (errno != EWOULDBLOCK)
		return nkg_error_set(err, NKG_EIO, "%s/lock: %s", s->dir, strerror(errno));
	holder_of(s->lock_fd, who, sizeof who);
	if (!(flags & NKG_STORE_WAIT))
		return nkg_error_set(err, NKG_EIO,
				     "%s: store is locked by another newskg process (%s); "
				     "try again later, or use --wait",
				     s->dir, *who ? who : s->writable ? "a reader or writer" : "a writer");
	if (wait_cb) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s: store is locked (%s); waiting", s->dir,
			 *who ? who : "another newskg process");
		wait_cb(wait_ctx, msg);
	}
	while (flock(s->lock_fd, op) != 0)
		if (errno != EINTR)
			return nkg_error_set(err, NKG_EIO, "%s/lock: %s", s->dir, strerror(errno));
locked:
	/* Writers say who they are; readers cannot write (shared lock). */
	if (s->writable) {
		char line[64];
		int n = snprintf(line, sizeof line, "pid %ld\n", (long)getpid());
		if (ftruncate(s->lock_fd, 0) != 0 || pwrite(s->lock_fd, line, (size_t)n, 0) != n)
			return nkg_error_set(err, NKG_EIO, "%s/lock: cannot write: %s",
					     s->dir, strerror(errno));
	}
	return 0;
}

/* ---- open / close ---------------------------------------------------------- */

int nkg_store_open(nkg_store **out, const char *dir, unsigned flags,
		   nkg_store_wait_fn wait_cb, void *wait_ctx, nkg_error *err)
{
	nkg_store *s = NULL;
	struct stat st;
	int rc = 0, fresh = 0;

	*out = NULL;
	if (!dir || !*dir)
		dir = NKG_STORE_DEFAULT_DIR;
	if (flags & NKG_STORE_CREATE)
		flags |= NKG_STORE_WRITE;
	if (stat(dir, &st) != 0) {
		if (!(flags & NKG_STORE_CREATE))
			return nkg_error_set(err, NKG_ENOTFOUND,
					     "%s: no store there (make one with 'newskg ingest --store %s INPUT...')",
					     dir, dir);
		if ((rc = nkg_store_mkdirs(dir, err)) != 0)
			return rc;
	} else if (!S_ISDIR(st.st_mode)) {
		return nkg_error_set(err, NKG_EUSAGE, "%s: not a directory", dir);
	}
	if (!file_exists(dir, "FORMAT")) {
		if (!(flags & NKG_STORE_CREATE))
			return nkg_error_set(err, NKG_ENOTFOUND,
					     "%s: not a newskg store (no FORMAT file)", dir);
		if (!dir_is_blank(dir))
			return nkg_error_set(err, NKG_EUSAGE,
					     "%s: directory holds other files; a store needs a directory of its own",
					     dir);
	}
	if (!(s = calloc(1, sizeof *s)) || !(s->dir = nkg_strdup(dir))) {
		free(s);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	s->lock_fd = -1;
	s->writable = !!(flags & NKG_STORE_WRITE);
	if ((rc = take_lock(s, flags, wait_cb, wait_ctx, err)) != 0)
		goto done;
	/* Checked again under the lock: a writer may have just made it. */
	fresh = !file_exists(dir, "FORMAT");
	if (fresh && !(flags & NKG_STORE_CREATE)) {
		rc = nkg_error_set(err, NKG_ENOTFOUND, "%s: not a newskg store (no FORMAT file)", dir);
		goto done;
	}
	if (!fresh && file_exists(dir, "DIRTY")) {
		rc = nkg_error_set(err, NKG_EIO,
				   "%s: an earlier write was interrupted (%s/DIRTY exists), so the "
				   "Berkeley DB files may be damaged; remove the directory and ingest again",
				   dir, dir);
		goto done;
	}
	if ((rc = nkg_graph_open(&s->g, dir, fresh ? NKG_GRAPH_CREATE
				 : s->writable ? NKG_GRAPH_WRITE : 0, err)) != 0)
		goto done;
	if (fresh) {
		char *p = path_in(dir, "FORMAT");
		/* Files first, then FORMAT: FORMAT means the files are there. */
		if (!p) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		if (!(rc = nkg_graph_sync(s->g, err)))
			rc = nkg_write_file_atomic(p, STORE_FORMAT, strlen(STORE_FORMAT), err);
		free(p);
		if (rc)
			goto done;
	}
	*out = s;
	s = NULL;
done:
	nkg_store_free(s);
	return rc;
}

void nkg_store_free(nkg_store *s)
{
	if (!s)
		return;
	/* Closing the Berkeley DB files writes them out. */
	nkg_graph_free(s->g);
	if (s->lock_fd >= 0) {
		/* The holder note goes; failing that, it only misleads. */
		if (s->writable && ftruncate(s->lock_fd, 0) != 0)
			s->writable = 0;
		close(s->lock_fd);  /* releases the flock */
	}
	free(s->dir);
	free(s);
}

nkg_graph *nkg_store_graph(nkg_store *s)
{
	return s->g;
}

/* ---- writing -------------------------------------------------------------- */

static int mark_dirty(nkg_store *s, nkg_error *err)
{
	char *p = path_in(s->dir, "DIRTY");
	char line[64];
	int n = snprintf(line, sizeof line, "pid %ld\n", (long)getpid());
	int rc;

	if (!p)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	rc = nkg_write_file_atomic(p, line, (size_t)n, err);
	free(p);
	return rc;
}

/* After a write: everything to disk, then the marker goes. */
static int clear_dirty(nkg_store *s, nkg_error *err)
{
	char *p;
	int rc;

	if ((rc = nkg_graph_sync(s->g, err)) != 0)
		return rc;
	if (!(p = path_in(s->dir, "DIRTY")))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (unlink(p) != 0 && errno != ENOENT)
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot remove: %s", p, strerror(errno));
	free(p);
	return rc;
}

int nkg_store_ingest(nkg_store *s, nkg_graph *src, nkg_store_ingest_stats *st,
		     nkg_error *err)
{
	nkg_store_ingest_stats z = {0};
	char **names = NULL;
	size_t n = 0, removed, added;
	int rc;

	if (!st)
		st = &z;
	memset(st, 0, sizeof *st);
	if (!s->writable)
		return nkg_error_set(err, NKG_EUSAGE, "%s: store opened read-only", s->dir);
	if ((rc = nkg_graph_contexts(src, &names, &n, err)) != 0)
		return rc;
	if ((rc = mark_dirty(s, err)) != 0)
		goto done;
	for (size_t i = 0; i < n; i++) {
		if ((rc = nkg_graph_replace_context(s->g, src, names[i], names[i],
						    &removed, &added, err)) != 0)
			goto done;
		st->graphs++;
		st->replaced += removed > 0;
		st->quads += added;
	}
	if ((rc = nkg_graph_replace_context(s->g, src, NULL, NKG_STORE_DEFAULT_GRAPH,
					    &removed, &added, err)) != 0)
		goto done;
	if (added) {
		st->graphs++;
		st->replaced += removed > 0;
		st->quads += added;
	}
	rc = clear_dirty(s, err);
done:
	/* On failure DIRTY stays: the files may hold half a write. */
	nkg_graph_names_free(names);
	return rc;
}

int nkg_store_remove(nkg_store *s, const char *id, size_t *removed,
		     nkg_error *err)
{
	char *iri = NULL;
	size_t n = 0;
	int rc;

	if (removed)
		*removed = 0;
	if (!s->writable)
		return nkg_error_set(err, NKG_EUSAGE, "%s: store opened read-only", s->dir);
	if (!id || !*id)
		return nkg_error_set(err, NKG_EUSAGE, "remove: empty article id");
	iri = strstr(id, "://") ? nkg_strdup(id) : nkg_graph_article_iri(id);
	if (!iri)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if ((rc = mark_dirty(s, err)) != 0)
		goto done;
	if ((rc = nkg_graph_remove_context(s->g, iri, &n, err)) != 0)
		goto done;
	if ((rc = clear_dirty(s, err)) != 0)
		goto done;
	if (!n) {
		rc = nkg_error_set(err, NKG_ENOTFOUND, "%s: no graph for article '%s' (%s)",
				   s->dir, id, iri);
		goto done;
	}
	if (removed)
		*removed = n;
done:
	free(iri);
	return rc;
}

/* ---- statistics ----------------------------------------------------------- */

static int count_of(nkg_graph *g, const char *cls, size_t *out, nkg_error *err)
{
	nkg_buf q = {0};
	nkg_table *t = NULL;
	int rc;

	*out = 0;
	/* (?a rdf:type C) is answered from the po2s index. */
	if (nkg_buf_printf(&q, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <%s> }", cls)) {
		nkg_buf_free(&q);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	rc = nkg_graph_select(g, q.data, &t, err);
	if (!rc && t->nrows == 1 && t->ncols == 1 && t->cells[0])
		*out = strtoull(t->cells[0], NULL, 10);
	nkg_table_free(t);
	nkg_buf_free(&q);
	return rc;
}

int nkg_store_stats_of(nkg_graph *g, nkg_store_stats *st, nkg_error *err)
{
	char **names = NULL;
	int rc;

	memset(st, 0, sizeof *st);
	if ((rc = count_of(g, "http://schema.org/NewsArticle", &st->articles, err)) ||
	    (rc = count_of(g, "http://schema.org/Person", &st->people, err)) ||
	    (rc = count_of(g, "http://schema.org/Organization", &st->orgs, err)) ||
	    (rc = count_of(g, NKG_NS "CareerEvent", &st->events, err)) ||
	    (rc = nkg_graph_contexts(g, &names, &st->graphs, err)) ||
	    (rc = nkg_graph_triples(g, &st->triples, err)) ||
	    (rc = nkg_graph_size(g, &st->quads, err)))
		goto done;
done:
	nkg_graph_names_free(names);
	return rc;
}

/* ---- push ----------------------------------------------------------------- */

/* Keeps the start of the reply body for error messages. */
static size_t reply_sink(char *p, size_t sz, size_t n, void *ud)
{
	nkg_buf *b = ud;
	size_t len = sz * n;
	if (b->len < 300)
		nkg_buf_append(b, p, len < 300 - b->len ? len : 300 - b->len);
	return len;
}

static void sleep_ms(unsigned ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static void note(const nkg_push_opts *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void note(const nkg_push_opts *o, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	if (!o->note)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	o->note(o->note_ctx, msg);
}

/* The reply's first line, printable, for messages. */
static const char *reply_text(nkg_buf *b)
{
	if (!b->data)
		return "";
	for (char *p = b->data; *p; p++)
		if (*p == '\r' || *p == '\n' || *p == '\t')
			*p = ' ';
	return b->data;
}

/* One PUT.  *status: the HTTP status (0 when no reply); *cres: curl's. */
static void put_once(CURL *c, const char *url, const char *body, size_t len,
		     struct curl_slist *hdrs, const nkg_push_opts *o,
		     long *status, CURLcode *cres, nkg_buf *reply, char *errbuf)
{
	reply->len = 0;
	if (reply->data)
		reply->data[0] = '\0';
	errbuf[0] = '\0';
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, "PUT");
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, reply_sink);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, reply);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, o->timeout_s > 0 ? o->timeout_s : 60L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "newskg");
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
	if (o->user) {
		curl_easy_setopt(c, CURLOPT_USERNAME, o->user);
		curl_easy_setopt(c, CURLOPT_PASSWORD, o->password ? o->password : "");
		/* Basic or Digest (Virtuoso asks for Digest). */
		curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_ANY);
	}
	*status = 0;
	*cres = curl_easy_perform(c);
	if (*cres == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
}

static int retryable(CURLcode cres, long status)
{
	if (cres == CURLE_OK)
		return status >= 500 || status == 429 || status == 408;
	return cres == CURLE_COULDNT_CONNECT || cres == CURLE_OPERATION_TIMEDOUT ||
	       cres == CURLE_SEND_ERROR || cres == CURLE_RECV_ERROR ||
	       cres == CURLE_GOT_NOTHING || cres == CURLE_COULDNT_RESOLVE_HOST ||
	       cres == CURLE_PARTIAL_FILE;
}

int nkg_store_push(nkg_graph *g, const nkg_push_opts *o, size_t *pushed,
		   nkg_error *err)
{
	const char *fmt = o->format ? o->format : "ntriples";
	const char *ctype;
	char **names = NULL;
	char *body = NULL, *esc = NULL;
	char errbuf[CURL_ERROR_SIZE];
	struct curl_slist *hdrs = NULL, *h;
	nkg_buf url = {0}, reply = {0}, ct = {0};
	CURL *c = NULL;
	size_t n = 0, len = 0, done_n = 0;
	int rc = 0, global = 0;

	if (pushed)
		*pushed = 0;
	if (!o->endpoint || (strncmp(o->endpoint, "http://", 7) && strncmp(o->endpoint, "https://", 8)))
		return nkg_error_set(err, NKG_EUSAGE, "push: --endpoint must be an http:// or https:// URL");
	if (!strcmp(fmt, "ntriples"))
		ctype = "application/n-triples";
	else if (!strcmp(fmt, "turtle"))
		ctype = "text/turtle; charset=utf-8";
	else
		return nkg_error_set(err, NKG_EUSAGE, "push: format \"%s\" is not ntriples or turtle", fmt);
	if (!curl_easy_init)
		return nkg_error_set(err, NKG_EUSAGE,
				     "push: this newskg was built without libcurl "
				     "(add libcurl to PKGS in the Makefile and rebuild)");
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return nkg_error_set(err, NKG_EIO, "push: cannot initialise libcurl");
	global = 1;
	if (!(c = curl_easy_init())) {
		rc = nkg_error_set(err, NKG_ENOMEM, "push: cannot create a libcurl handle");
		goto done;
	}
	/* No "Expect: 100-continue" round trip for large bodies. */
	if (nkg_buf_printf(&ct, "Content-Type: %s", ctype) ||
	    !(h = curl_slist_append(hdrs, ct.data))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	hdrs = h;
	if (!(h = curl_slist_append(hdrs, "Expect:"))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	hdrs = h;
	if ((rc = nkg_graph_contexts(g, &names, &n, err)) != 0)
		goto done;
	for (size_t i = 0; i < n; i++) {
		unsigned wait = o->backoff_ms ? o->backoff_ms : 500;
		long status = 0;
		CURLcode cres = CURLE_OK;

		free(body);
		body = NULL;
		if ((rc = nkg_graph_serialize_context(g, names[i], fmt, &body, &len, err)) != 0)
			goto done;
		if (esc)
			curl_free(esc);
		if (!(esc = curl_easy_escape(c, names[i], 0))) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		url.len = 0;
		if (nkg_buf_printf(&url, "%s%cgraph=%s", o->endpoint,
				   strchr(o->endpoint, '?') ? '&' : '?', esc)) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		for (unsigned attempt = 0; ; attempt++) {
			put_once(c, url.data, body, len, hdrs, o, &status, &cres, &reply, errbuf);
			if (cres == CURLE_OK && status >= 200 && status < 300)
				break;
			if (!retryable(cres, status) || attempt >= o->retries) {
				if (cres != CURLE_OK)
					rc = nkg_error_set(err, NKG_EIO, "PUT %s: %s%s", url.data,
							   *errbuf ? errbuf : curl_easy_strerror(cres),
							   attempt ? " (after retries)" : "");
				else
					rc = nkg_error_set(err, NKG_EIO, "PUT %s: HTTP %ld%s%s%s", url.data,
							   status, reply.len ? ": " : "", reply_text(&reply),
							   attempt ? " (after retries)" : "");
				goto done;
			}
			if (cres != CURLE_OK)
				note(o, "PUT %s: %s; retrying in %.1f s", names[i],
				     *errbuf ? errbuf : curl_easy_strerror(cres), wait / 1000.0);
			else
				note(o, "PUT %s: HTTP %ld; retrying in %.1f s", names[i], status,
				     wait / 1000.0);
			sleep_ms(wait);
			wait = wait < 60000 ? wait * 2 : wait;
		}
		note(o, "PUT %s: HTTP %ld (%zu bytes)", names[i], status, len);
		done_n++;
	}
	if (pushed)
		*pushed = done_n;
done:
	if (esc)
		curl_free(esc);
	free(body);
	curl_slist_free_all(hdrs);
	if (c)
		curl_easy_cleanup(c);
	if (global)
		curl_global_cleanup();
	nkg_graph_names_free(names);
	nkg_buf_free(&url);
	nkg_buf_free(&reply);
	nkg_buf_free(&ct);
	return rc;
}
