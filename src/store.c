/* newskg — the persistent store (see store.h): a directory with the graph
 * in Berkeley DB files (nkg_graph_open) and a lock file.  Pushing graphs to
 * a SPARQL endpoint is push.c's.
 *
 * Why Redland "hashes" on Berkeley DB (hash-type 'bdb'): it ships in
 * librdf0 itself (no plugin package), keeps contexts, and adds ~28k quads/s
 * here; the "sqlite" storage (librdf-storage-sqlite plugin) commits each
 * statement on its own and managed 274 quads/s (docs/querying.md has the
 * measurements).  Berkeley DB is used without an environment, so there
 * are no transactions and no safe concurrent writers: hence the flock()
 * (one writer, or any number of readers), and generations: a writer never
 * modifies the files readers use.  Its first change copies the current
 * generation's files into a new directory and works there; the commit
 * flushes and fsyncs them and then renames CURRENT to name the new
 * generation (rename is atomic).  A writer killed at any point leaves
 * CURRENT naming the last complete generation; the next writer deletes
 * the unfinished one.  The copy costs a read and a write of the store per
 * ingest call (nothing for a new store), which is the price of having no
 * Berkeley DB log. */
#include "newskg/store.h"
#include "newskg/summary.h"

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

#define STORE_FORMAT "newskg-store 2\n"
#define GEN_PREFIX "gen-"

struct nkg_store {
	char *dir;        /* owned */
	nkg_graph *g;     /* owned: the persistent graph, or NULL before the
			   * first generation of a new store */
	int lock_fd;      /* flock()ed lock file, or -1 */
	int writable;
	int fresh;        /* no generation committed yet */
	int legacy;       /* format 1: the files at the top, no generations */
	unsigned gen;     /* the committed generation (CURRENT) */
	unsigned work;    /* the generation being written, 0 when none */
	/* Graph names written in parts since the last commit (owned; NULL
	 * until the first): an ingest in parts replaces a graph at its first
	 * part and appends the others. */
	nkg_strmap *touched;
	/* What the write in progress touched, for the summary (owned; NULL
	 * when nothing is being written).  sum_all: the summary is new to
	 * this store and is made from everything at the commit. */
	nkg_summary *sum;
	int sum_all;
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

/* What each_entry calls for an entry of a directory: its path and name.
 * A nonzero return stops the walk and is its result. */
typedef int (*entry_fn)(void *ctx, const char *path, const char *name, nkg_error *err);

/* Every entry of dir but . and .. to fn.  NKG_EIO when dir cannot be read. */
static int each_entry(const char *dir, entry_fn fn, void *ctx, nkg_error *err)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int rc = 0;

	if (!d)
		return nkg_error_set(err, NKG_EIO, "%s: cannot read: %s", dir, strerror(errno));
	while (!rc && (e = readdir(d)) != NULL) {
		char *p;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (!(p = path_in(dir, e->d_name)))
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		else
			rc = fn(ctx, p, e->d_name, err);
		free(p);
	}
	closedir(d);
	return rc;
}

/* 1 for a name a store may not hold. */
static int not_blank(void *ctx, const char *path, const char *n, nkg_error *err)
{
	(void)ctx, (void)path, (void)err;
	/* lock, CURRENT and gen-*: what a writer killed before its first
	 * commit leaves. */
	return !(!strcmp(n, "lock") || !strncmp(n, "CURRENT", 7) || !strncmp(n, GEN_PREFIX, 4) ||
		 !strncmp(n, "quads-", 6) || !strncmp(n, "triples-", 8));
}

/* Whether dir holds nothing but what a store may hold (so that a store is
 * never made on top of unrelated files). */
static int dir_is_blank(const char *dir)
{
	return each_entry(dir, not_blank, NULL, NULL) == 0;
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

/* ---- generations ------------------------------------------------------------ */

static void gen_name(unsigned gen, char out[32])
{
	snprintf(out, 32, GEN_PREFIX "%06u", gen);
}

static char *gen_path(const nkg_store *s, unsigned gen)
{
	char name[32];
	gen_name(gen, name);
	return path_in(s->dir, name);
}

/* "gen-000042" -> 42; 0 when name is not a generation's. */
static unsigned gen_parse(const char *name)
{
	unsigned long v = 0;
	size_t i = 4;

	if (strncmp(name, GEN_PREFIX, 4))
		return 0;
	for (; name[i] >= '0' && name[i] <= '9' && i < 14; i++)
		v = v * 10 + (unsigned long)(name[i] - '0');
	return i > 4 && !name[i] ? (unsigned)v : 0;
}

/* The generation CURRENT names: 0 with no CURRENT (a new store, or format
 * 1); NKG_EIO when it is unreadable or names nothing valid. */
static int read_current(nkg_store *s, unsigned *gen, nkg_error *err)
{
	char *p = path_in(s->dir, "CURRENT");
	char line[64] = "";
	FILE *f;
	int rc = 0;

	*gen = 0;
	if (!p)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (!(f = fopen(p, "r"))) {
		if (errno != ENOENT)
			rc = nkg_error_set(err, NKG_EIO, "%s: cannot read: %s", p, strerror(errno));
		free(p);
		return rc;
	}
	if (!fgets(line, sizeof line, f))
		line[0] = '\0';
	fclose(f);
	line[strcspn(line, "\n")] = '\0';
	if (!(*gen = gen_parse(line)))
		rc = nkg_error_set(err, NKG_EIO, "%s: does not name a generation (\"%s\")", p, line);
	free(p);
	return rc;
}

/* Flushes a file or a directory to disk: so that after a power cut the
 * renamed CURRENT never names files that are not all there. */
static int fsync_path(const char *p, nkg_error *err)
{
	int fd = open(p, O_RDONLY | O_CLOEXEC);
	int rc = 0;

	if (fd < 0)
		return nkg_error_set(err, NKG_EIO, "%s: cannot open: %s", p, strerror(errno));
	if (fsync(fd) != 0 && errno != EINVAL)
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot flush to disk: %s", p, strerror(errno));
	close(fd);
	return rc;
}

static int unlink_entry(void *ctx, const char *path, const char *name, nkg_error *err)
{
	(void)ctx, (void)name, (void)err;
	unlink(path);
	return 0;
}

/* Deletes a generation directory and the files in it (a generation holds
 * no subdirectories). */
static void rm_gen_dir(const char *p)
{
	each_entry(p, unlink_entry, NULL, NULL);
	rmdir(p);
}

/* What remove_leftovers keeps, and the highest generation it saw. */
typedef struct leftovers { unsigned keep, highest; } leftovers;

static int leftover_entry(void *ctx, const char *path, const char *name, nkg_error *err)
{
	leftovers *l = ctx;
	unsigned g = gen_parse(name);

	(void)err;
	if (g > l->highest)
		l->highest = g;
	if (g ? g == l->keep
	      : strncmp(name, "CURRENT.tmp.", 12) && strncmp(name, "FORMAT.tmp.", 11))
		return 0;
	if (g)
		rm_gen_dir(path);
	else
		unlink(path);
	return 0;
}

/* Under the exclusive lock: what a killed writer left (a generation that
 * was never committed, CURRENT/FORMAT temporaries) goes; generation keep
 * stays (0: none).  Returns the highest generation number seen, so a new
 * one never reuses a name. */
static unsigned remove_leftovers(const char *dir, unsigned keep)
{
	leftovers l = { keep, keep };
	each_entry(dir, leftover_entry, &l, NULL);
	return l.highest;
}

static int legacy_entry(void *ctx, const char *path, const char *name, nkg_error *err)
{
	(void)ctx, (void)err;
	if (!strcmp(name, "DIRTY") || !strncmp(name, "quads-", 6) || !strncmp(name, "triples-", 8))
		unlink(path);
	return 0;
}

/* Format 1 kept its files at the top of the store; after the first
 * commit in format 2 they are a copy in a generation. */
static void remove_legacy_files(const char *dir)
{
	each_entry(dir, legacy_entry, NULL, NULL);
}

/* Copies file src to dst (new). */
static int copy_file(const char *src, const char *dst, nkg_error *err)
{
	char buf[1 << 16];
	int in = -1, out = -1, rc = 0;
	ssize_t n;

	if ((in = open(src, O_RDONLY | O_CLOEXEC)) < 0) {
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot read: %s", src, strerror(errno));
		goto done;
	}
	if ((out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) < 0) {
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot create: %s", dst, strerror(errno));
		goto done;
	}
	while ((n = read(in, buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			rc = nkg_error_set(err, NKG_EIO, "%s: cannot read: %s", src, strerror(errno));
			goto done;
		}
		for (ssize_t off = 0; off < n; ) {
			ssize_t w = write(out, buf + off, (size_t)(n - off));
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				rc = nkg_error_set(err, NKG_EIO, "%s: cannot write: %s", dst,
						   w < 0 ? strerror(errno) : "short write");
				goto done;
			}
			off += w;
		}
	}
done:
	if (in >= 0)
		close(in);
	if (out >= 0 && close(out) != 0 && !rc)
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot write: %s", dst, strerror(errno));
	return rc;
}

static int copy_entry(void *ctx, const char *path, const char *name, nkg_error *err)
{
	size_t len = strlen(name);
	char *to;
	int rc;

	/* The Berkeley DB files, and the counts of what they hold. */
	if (strcmp(name, "COUNTS") &&
	    (len < 4 || strcmp(name + len - 3, ".db") ||
	     (strncmp(name, "quads-", 6) && strncmp(name, "triples-", 8) &&
	      strncmp(name, "summary-", 8))))
		return 0;
	if (!(to = path_in(ctx, name)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	rc = copy_file(path, to, err);
	free(to);
	return rc;
}

/* Copies the Berkeley DB files of directory from into directory to. */
static int copy_db_files(const char *from, const char *to, nkg_error *err)
{
	return each_entry(from, copy_entry, (void *)to, err);
}

/* The directory of the committed files (the store itself for format 1). */
static char *committed_dir(const nkg_store *s)
{
	return s->legacy ? nkg_strdup(s->dir) : gen_path(s, s->gen);
}

/* Before the first change of a write: a new generation, a copy of the
 * committed one, becomes the graph that is written. */
static int begin_write(nkg_store *s, nkg_error *err)
{
	char *from = NULL, *to = NULL;
	unsigned highest = 0;
	nkg_graph *g = NULL;
	int rc = 0;

	if (s->work)
		return 0;
	if (!s->writable)
		return nkg_error_set(err, NKG_EUSAGE, "%s: store opened read-only", s->dir);
	highest = remove_leftovers(s->dir, s->gen);
	if (!(to = gen_path(s, highest + 1)) || (!s->fresh && !(from = committed_dir(s)))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (mkdir(to, 0777) != 0) {
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot create directory: %s", to, strerror(errno));
		goto done;
	}
	if (from && (rc = copy_db_files(from, to, err)) != 0)
		goto done;
	if ((rc = nkg_graph_open(&g, to, s->fresh ? NKG_GRAPH_CREATE : NKG_GRAPH_WRITE, err)) != 0)
		goto done;
	/* A store made before the summary (or before its format) gets one,
	 * made from all of it. */
	if (!s->fresh && !nkg_summary_usable(g)) {
		if ((rc = nkg_graph_summary_create(g, err)) != 0)
			goto done;
		s->sum_all = 1;
	}
	if (!s->sum && (rc = nkg_summary_new(&s->sum, err)) != 0)
		goto done;
	nkg_graph_on_change(g, nkg_summary_hook, s->sum);
	/* The committed generation's read-only handle is not needed any
	 * more: reads now see the work in progress. */
	nkg_graph_free(s->g);
	s->g = g;
	g = NULL;
	s->work = highest + 1;
done:
	if (rc && to)
		rm_gen_dir(to);
	nkg_graph_free(g);
	free(from);
	free(to);
	return rc;
}

static int fsync_entry(void *ctx, const char *path, const char *name, nkg_error *err)
{
	(void)ctx, (void)name;
	return fsync_path(path, err);
}

/* Every file of generation directory p to disk, then p itself. */
static int fsync_gen(const char *p, nkg_error *err)
{
	int rc = each_entry(p, fsync_entry, NULL, err);
	return rc ? rc : fsync_path(p, err);
}

int nkg_store_commit(nkg_store *s, nkg_error *err)
{
	char *work = NULL, *old = NULL, *fmt = NULL, *cur = NULL;
	char name[40];
	int rc = 0;

	if (!s->writable)
		return nkg_error_set(err, NKG_EUSAGE, "%s: store opened read-only", s->dir);
	/* A new store gets its first (maybe empty) generation even when
	 * nothing was written, so that it exists. */
	if (!s->work && !s->fresh)
		return 0;
	if ((rc = begin_write(s, err)) != 0)
		return rc;
	if (!(work = gen_path(s, s->work)) || !(fmt = path_in(s->dir, "FORMAT")) ||
	    !(cur = path_in(s->dir, "CURRENT")) ||
	    (!s->fresh && !s->legacy && !(old = gen_path(s, s->gen)))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	/* The summary follows what this write changed. */
	if (s->sum_all && (rc = nkg_summary_touch_all(s->sum, s->g, err)) != 0)
		goto done;
	if ((rc = nkg_summary_update(s->sum, s->g, err)) != 0)
		goto done;
	s->sum_all = 0;
	/* Closing the Berkeley DB handles is what writes their caches out. */
	if ((rc = nkg_graph_sync(s->g, err)) != 0)
		goto done;
	nkg_graph_free(s->g);
	s->g = NULL;
	if ((rc = fsync_gen(work, err)) != 0)
		goto done;
	gen_name(s->work, name);
	strcat(name, "\n");
	/* The switch: from here on the new generation is the store. */
	if ((rc = nkg_write_file_atomic(cur, name, strlen(name), err)) != 0)
		goto done;
	if (s->fresh || s->legacy)
		rc = nkg_write_file_atomic(fmt, STORE_FORMAT, strlen(STORE_FORMAT), err);
	if (!rc)
		rc = fsync_path(s->dir, err);
	if (rc)
		goto done;
	if (old)
		rm_gen_dir(old);
	if (s->legacy)
		remove_legacy_files(s->dir);  /* superseded by the generation */
	s->gen = s->work;
	s->work = 0;
	s->fresh = 0;
	s->legacy = 0;
	nkg_strmap_clear(s->touched);
	/* Read-only: a further change starts a new generation. */
	rc = nkg_graph_open(&s->g, work, 0, err);
done:
	free(work);
	free(old);
	free(fmt);
	free(cur);
	return rc;
}

/* ---- open / close ---------------------------------------------------------- */

int nkg_store_open(nkg_store **out, const char *dir, unsigned flags,
		   nkg_store_wait_fn wait_cb, void *wait_ctx, nkg_error *err)
{
	nkg_store *s = NULL;
	char *cdir = NULL;
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
	/* A store being made has a lock but no FORMAT until its first commit:
	 * then the lock tells (locked, or --wait), not "no store". */
	if (!file_exists(dir, "FORMAT")) {
		if (!(flags & NKG_STORE_CREATE) && !file_exists(dir, "lock"))
			return nkg_error_set(err, NKG_ENOTFOUND,
					     "%s: not a newskg store (no FORMAT file)", dir);
		if ((flags & NKG_STORE_CREATE) && !dir_is_blank(dir))
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
	s->fresh = fresh;
	if (fresh) {
		/* The first generation is written from the start; it becomes
		 * the store at nkg_store_commit. */
		if ((rc = begin_write(s, err)) != 0)
			goto done;
	} else {
		if ((rc = read_current(s, &s->gen, err)) != 0)
			goto done;
		s->legacy = !s->gen;
		if (s->legacy && file_exists(dir, "DIRTY")) {
			rc = nkg_error_set(err, NKG_EIO,
					   "%s: an earlier write was interrupted (%s/DIRTY exists), so the "
					   "Berkeley DB files may be damaged; remove the directory and ingest again",
					   dir, dir);
			goto done;
		}
		if (!(cdir = committed_dir(s))) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		if ((rc = nkg_graph_open(&s->g, cdir, 0, err)) != 0)
			goto done;
		if (s->writable)
			remove_leftovers(s->dir, s->gen);
	}
	*out = s;
	s = NULL;
done:
	free(cdir);
	nkg_store_free(s);
	return rc;
}

void nkg_store_free(nkg_store *s)
{
	if (!s)
		return;
	nkg_graph_free(s->g);
	/* Not committed: the work is dropped, the store stays as it was. */
	if (s->work) {
		char *p = gen_path(s, s->work);
		if (p)
			rm_gen_dir(p);
		free(p);
	}
	if (s->lock_fd >= 0) {
		/* The holder note goes; failing that, it only misleads. */
		if (s->writable && ftruncate(s->lock_fd, 0) != 0)
			s->writable = 0;
		close(s->lock_fd);  /* releases the flock */
	}
	nkg_strmap_free(s->touched);
	nkg_summary_free(s->sum);
	free(s->dir);
	free(s);
}

void nkg_store_delete(const char *dir)
{
	static const char *const names[] = { "FORMAT", "CURRENT", "DIRTY", "lock" };

	if (!dir)
		return;
	remove_legacy_files(dir);
	remove_leftovers(dir, 0);  /* every generation */
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char *p = path_in(dir, names[i]);
		if (p)
			unlink(p);
		free(p);
	}
	rmdir(dir);
}

nkg_graph *nkg_store_graph(nkg_store *s)
{
	return s->g;
}

/* ---- writing -------------------------------------------------------------- */

/* Adds name; *was: whether it was there already. */
static int touched_add(nkg_store *s, const char *name, int *was)
{
	*was = 0;
	if (!s->touched && !(s->touched = nkg_strmap_new()))
		return NKG_ENOMEM;
	if (nkg_strmap_get(s->touched, name)) {
		*was = 1;
		return 0;
	}
	return nkg_strmap_put(s->touched, name, NULL);
}

/* One graph of src into the store: replaced, or, for parts, replaced at
 * its first part since the last commit and appended to afterwards. */
static int put_graph(nkg_store *s, nkg_graph *src, const char *src_iri,
		     const char *dst_iri, int parts, nkg_store_ingest_stats *st,
		     nkg_error *err)
{
	size_t removed = 0, added = 0;
	int was = 0, rc;

	if (parts && touched_add(s, dst_iri, &was))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if ((rc = nkg_graph_replace_context(s->g, src, src_iri, dst_iri,
					    was ? NKG_GRAPH_APPEND : 0, &removed, &added, err)))
		return rc;
	if (added || src_iri) {
		st->graphs += !was;
		st->replaced += removed > 0;
		st->quads += added;
	}
	return 0;
}

static int ingest(nkg_store *s, nkg_graph *src, int parts, nkg_store_ingest_stats *st,
		  nkg_error *err)
{
	char **names = NULL;
	size_t n = 0;
	int rc;

	if ((rc = begin_write(s, err)) != 0)
		return rc;
	if ((rc = nkg_graph_contexts(src, &names, &n, err)) != 0)
		return rc;
	for (size_t i = 0; i < n && !rc; i++)
		rc = put_graph(s, src, names[i], names[i], parts, st, err);
	if (!rc)
		rc = put_graph(s, src, NULL, NKG_STORE_DEFAULT_GRAPH, parts, st, err);
	nkg_graph_names_free(names);
	return rc;
}

int nkg_store_ingest(nkg_store *s, nkg_graph *src, nkg_store_ingest_stats *st,
		     nkg_error *err)
{
	nkg_store_ingest_stats z = {0};

	if (!st)
		st = &z;
	memset(st, 0, sizeof *st);
	return ingest(s, src, 0, st, err);
}

int nkg_store_ingest_part(nkg_store *s, nkg_graph *part, nkg_store_ingest_stats *st,
			  nkg_error *err)
{
	nkg_store_ingest_stats z = {0};
	return ingest(s, part, 1, st ? st : &z, err);
}

int nkg_store_remove(nkg_store *s, const char *id, size_t *removed,
		     nkg_error *err)
{
	char *iri = NULL;
	size_t n = 0;
	int rc;

	if (removed)
		*removed = 0;
	if (!id || !*id)
		return nkg_error_set(err, NKG_EUSAGE, "remove: empty article id");
	if ((rc = begin_write(s, err)) != 0)
		return rc;
	iri = strstr(id, "://") ? nkg_strdup(id) : nkg_graph_article_iri(id);
	if (!iri)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if ((rc = nkg_graph_remove_context(s->g, iri, &n, err)) != 0)
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

/* The subjects of (?x rdf:type cls), from the po2s index: rasqal's
 * COUNT(DISTINCT ?x) took seconds (its DISTINCT degrades on sorted
 * input). */
static int count_of(nkg_graph *g, const char *cls, size_t *out, nkg_error *err)
{
	return nkg_graph_count_subjects(g, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
					cls, out, err);
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
	    (rc = nkg_graph_count_graphs(g, &st->graphs, err)) ||
	    (rc = nkg_graph_triples(g, &st->triples, err)) ||
	    (rc = nkg_graph_size(g, &st->quads, err)))
		goto done;
done:
	nkg_graph_names_free(names);
	return rc;
}
