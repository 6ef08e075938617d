/* newskg — pushing graphs to a SPARQL 1.1 Graph Store HTTP Protocol
 * endpoint through libcurl (see push.h): one PUT per named graph, retried
 * with backoff.
 *
 * libcurl ownership: curl_easy_escape returns memory freed with
 * curl_free; curl_slist_append returns the new list head (NULL on
 * failure, the old list is kept), freed with curl_slist_free_all. */
#include "newskg/push.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

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

int nkg_push(nkg_graph *g, const nkg_push_opts *o, size_t *pushed,
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
