/* newskg — command-line interface.  Parses options, calls the library,
 * maps error codes to exit statuses.  See docs/newskg.1.md. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "newskg/app.h"
#include "newskg/eval.h"
#include "newskg/extract.h"
#include "newskg/facts.h"
#include "newskg/gazetteer.h"
#include "newskg/graph.h"
#include "newskg/kb.h"
#include "newskg/lang.h"
#include "newskg/query.h"
#include "newskg/reader.h"
#include "newskg/render.h"
#include "newskg/report.h"

#include "cli.h"

#define NEWSKG_VERSION "0.1.0"

/* Exit statuses (documented in --help and the man page). */
enum {
	EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_INPUT = 3,
	EXIT_IO = 4, EXIT_QUERY = 5
};

static const char usage_text[] =
"Usage: newskg COMMAND [OPTIONS] INPUT...\n"
"\n"
"Builds a knowledge graph of people, organisations, roles and dated career\n"
"moves from news articles (French, English) as RDF, and draws who moved where.\n"
"\n"
"Commands:\n"
"  extract  [-f FORMAT] [-o FILE] INPUT...   RDF of the articles (default turtle)\n"
"  facts    [-o FILE] [--all] INPUT...       facts TSV (shared eval format), by SPARQL\n"
"  render   [-T FORMAT] [-o FILE] INPUT...   diagram: dot, svg, png, pdf\n"
"  report   [-o FILE] INPUT...               one self-contained HTML page: the\n"
"                                            diagram, people, moves, sources\n"
"  eval     --gold GOLD.tsv [-v] INPUT...    score the facts against a gold file\n"
"  explain  INPUT...                         trace what the extractor read, sentence\n"
"                                            by sentence (names, titles, dates, moves)\n"
"  index-words [--data-dir DIR]              index the word lists DIR/wordlists.tsv\n"
"                                            names, for a faster start (make does it)\n"
"  help                                      this text\n"
"\n"
"The store (a directory, default out/store) and SPARQL:\n"
"  ingest   [--store DIR] [--wait] INPUT...  add articles; one already there is\n"
"                                            replaced (its named graph)\n"
"  remove   [--store DIR] [--wait] ID...    remove articles (ids or graph IRIs)\n"
"  stats    [--store DIR | INPUT...]        articles, people, organisations...\n"
"  query    [--store DIR | INPUT...] [-F FMT] [--param NAME=VALUE]...\n"
"           ('SPARQL' | -q FILE.rq|NAME)    SELECT, ASK, CONSTRUCT, DESCRIBE;\n"
"                                           FMT: table, csv, tsv, json, xml\n"
"  timeline [--store DIR | INPUT...] NAME   a person's moves, oldest first\n"
"  role-on-date [...] ORG DATE              who held which role at ORG on DATE\n"
"  moves    [...] FROM TO                   who left FROM for TO\n"
"  head     [...] ORG [DATE]                who headed ORG on DATE (default today)\n"
"  export   -f neo4j -o DIR [--store DIR | INPUT...]   neo4j-admin import CSVs\n"
"           (-f FORMAT -o FILE: the graph as RDF)\n"
"  push     --endpoint URL [--user U --password P] [--retries N]\n"
"           [--store DIR | INPUT...]        PUT each named graph to a SPARQL 1.1\n"
"                                           Graph Store (URL?graph=IRI)\n"
"  These take --quiet (not -q) and the input options below; see\n"
"  docs/querying.md.\n"
"\n"
"INPUT is an article file (.txt with optional front matter), a JSON Lines\n"
"corpus (.jsonl), a web page (.html .htm: the article is found and the page\n"
"around it left out), a news feed (.rss .atom .xml: RSS or Atom, one article\n"
"per item), a crawl (.warc .warc.gz: the HTML responses), a directory\n"
"(searched for all of these), '-' for standard input (any of these, sniffed),\n"
"or an RDF file (.ttl .nt .nq .trig .rdf) for facts, render and report.\n"
"\n"
"Options:\n"
"  -f, --format FORMAT     extract: turtle, ntriples, nquads, trig, rdfxml, json\n"
"  -o, --output FILE       write there (atomically) instead of standard output\n"
"  -T, --type FORMAT       render: dot, svg, png, pdf (default svg)\n"
"      --view VIEW         render: moves (default), timeline, network\n"
"      --person NAME       render: only this person (repeatable)\n"
"      --org NAME          render: only this organisation (repeatable)\n"
"      --from DATE, --to DATE   render: only events in this range\n"
"      --events KIND,...   render: only these event kinds\n"
"      --max-people N      render: keep the N most connected people\n"
"      --all               facts: also events not asserted (threats, rumours...)\n"
"                          and roles and moves with no organisation\n"
"      --min-confidence X  facts: leave out roles and events below X\n"
"      --gold FILE         eval: the gold facts\n"
"  -v, --verbose           eval: list every miss and error\n"
"      --date DATE         date for articles that have none (YYYY-MM-DD,\n"
"                          YYYY-MM or YYYY)\n"
"      --lang fr|en        language for articles that have none\n"
"      --gazetteer FILE    add a gazetteer file (repeatable)\n"
"      --no-gazetteer      use no gazetteer at all\n"
"      --data-dir DIR      where the shipped gazetteer lives\n"
"      --keep-going        skip bad articles, feed items, crawl records\n"
"                          with a warning\n"
"      --max-article-bytes N   skip larger articles (default 16 MiB)\n"
"  -j, --jobs N            extraction threads (default: one per core; same output)\n"
"  -q, --quiet             no progress or warnings\n"
"  -h, --help              this text;  --version  the version\n"
"\n"
"Exit status: 0 success, 1 failure, 2 usage error, 3 bad input,\n"
"4 file error, 5 query error.\n";

typedef struct cli {
	const char *format, *output, *type, *view, *gold, *date, *lang,
		*data_dir, *from, *to, *events;
	const char *persons[64], *orgs[64], *gazetteers[32];
	size_t n_persons, n_orgs, n_gazetteers;
	size_t max_people, max_bytes;
	unsigned jobs;
	double min_conf;
	int all, verbose, no_gaz, keep_going, quiet;
} cli;

static int exit_for(int code)
{
	switch (code) {
	case NKG_OK: return EXIT_OK;
	case NKG_EUSAGE: return EXIT_USAGE;
	case NKG_EINPUT: return EXIT_INPUT;
	case NKG_EIO: case NKG_ENOTFOUND: return EXIT_IO;
	case NKG_EQUERY: return EXIT_QUERY;
	default: return EXIT_FAIL;
	}
}

/* The store and query commands (src/cli_query.c) parse their own options and
 * write through these callbacks. */
static int store_out(void *ctx, const char *data, size_t n)
{
	(void)ctx;
	return fwrite(data, 1, n, stdout) == n && fflush(stdout) == 0 ? 0 : -1;
}

static void store_note(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "newskg: %s\n", msg);
}

static int run_store_command(int argc, char **argv, const char *argv0)
{
	nkg_cli_io io = { store_out, store_note, NULL, argv0 };
	nkg_error err = {0};
	int rc = nkg_cli_query_command(argc, argv, &io, &err);
	if (rc)
		fprintf(stderr, "newskg: %s\n", err.msg[0] ? err.msg : "failed");
	return exit_for(rc);
}

static void warn_cb(void *ctx, const char *msg)
{
	const cli *c = ctx;
	if (!c->quiet)
		fprintf(stderr, "newskg: warning: %s\n", msg);
}

static void progress_cb(void *ctx, size_t n, size_t bytes)
{
	static struct timespec t0;
	struct timespec now;
	(void)ctx;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (n == 1 || !t0.tv_sec)
		t0 = now;
	if (n % 50 == 0) {
		double s = (double)(now.tv_sec - t0.tv_sec) + (now.tv_nsec - t0.tv_nsec) / 1e9;
		fprintf(stderr, "\rnewskg: %zu articles, %.1f MB, %.2f MB/s", n, bytes / 1e6,
			s > 0 ? bytes / 1e6 / s : 0.0);
	}
}

static int write_out(const cli *c, const char *data, size_t n, nkg_error *err)
{
	if (c->output && strcmp(c->output, "-") != 0)
		return nkg_write_file_atomic(c->output, data, n, err);
	if (fwrite(data, 1, n, stdout) != n || fflush(stdout) != 0)
		return nkg_error_set(err, NKG_EIO, "standard output: write failed");
	return 0;
}

static int load_gazetteer(const cli *c, const char *argv0, nkg_gazetteer **out,
			  nkg_error *err)
{
	nkg_gazetteer *g = NULL;
	char *dir = NULL;
	int rc;

	*out = NULL;
	if (c->no_gaz)
		return 0;
	if ((rc = nkg_gazetteer_new(&g, err)))
		return rc;
	dir = nkg_app_find_data_dir(c->data_dir, argv0);
	if (dir) {
		rc = nkg_gazetteer_load_dir(g, dir, err);
	} else if (!c->quiet) {
		fprintf(stderr, "newskg: warning: shipped gazetteer not found "
			"(set --data-dir or NEWSKG_DATA); continuing without it\n");
	}
	for (size_t i = 0; !rc && i < c->n_gazetteers; i++)
		rc = nkg_gazetteer_load(g, c->gazetteers[i], err);
	free(dir);
	if (rc) {
		nkg_gazetteer_free(g);
		return rc;
	}
	*out = g;
	return 0;
}

static int parse_events_mask(const char *s, unsigned *mask, nkg_error *err)
{
	char *copy = nkg_strdup(s), *tok, *save = NULL;
	int rc = 0;
	*mask = 0;
	if (!copy)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int k = nkg_evkind_from_key(tok);
		if (k < 0) {
			rc = nkg_error_set(err, NKG_EUSAGE,
					   "--events: unknown kind '%s' (joined, appointed, dismissed, left, returned, founded)", tok);
			break;
		}
		*mask |= 1u << k;
	}
	free(copy);
	return rc;
}

static int explain(cli *c, const nkg_gazetteer *gaz, char **inputs,
		   size_t n_in, nkg_error *err)
{
	nkg_reader_opts ro = {0};
	nkg_reader *r = NULL;
	nkg_article *a = NULL;
	nkg_buf out = {0};
	int rc;

	ro.default_date = c->date;
	ro.default_lang = c->lang;
	ro.max_article_bytes = c->max_bytes;
	ro.keep_going = c->keep_going;
	if ((rc = nkg_reader_new(&r, &ro, err)))
		return rc;
	nkg_reader_set_warn(r, warn_cb, c);
	for (size_t i = 0; i < n_in && !rc; i++)
		rc = nkg_reader_add(r, inputs[i], err);
	while (!rc && (rc = nkg_reader_next(r, &a, err)) == 1) {
		rc = nkg_extract_explain(gaz, a, &out, err);
		nkg_article_free(a);
	}
	if (rc >= 0)
		rc = write_out(c, out.data ? out.data : "", out.len, err);
	nkg_buf_free(&out);
	nkg_reader_free(r);
	return rc;
}

static int run(const char *cmd, cli *c, char **inputs, size_t n_in,
	       const char *argv0, nkg_error *err)
{
	nkg_gazetteer *gaz = NULL;
	nkg_graph *g = NULL;
	nkg_buf buf = {0};
	char *data = NULL;
	size_t len = 0;
	int rc = 0;

	if (!n_in)
		return nkg_error_set(err, NKG_EUSAGE, "%s: no input (give files, directories or '-')", cmd);
	if (c->date && nkg_date_valid(c->date) != 0)
		return nkg_error_set(err, NKG_EUSAGE, "--date: '%s' is not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)", c->date);
	if (c->lang && !nkg_lang_get(c->lang))
		return nkg_error_set(err, NKG_EUSAGE, "--lang: '%s' is not supported (fr, en)", c->lang);
	if ((rc = load_gazetteer(c, argv0, &gaz, err)))
		goto done;
	if (!strcmp(cmd, "explain")) {
		rc = explain(c, gaz, inputs, n_in, err);
		goto done;
	}

	nkg_app_opts ao = {0};
	ao.reader.default_date = c->date;
	ao.reader.default_lang = c->lang;
	ao.reader.max_article_bytes = c->max_bytes;
	ao.reader.keep_going = c->keep_going;
	ao.gaz = gaz;
	ao.warn = warn_cb;
	ao.warn_ctx = c;
	ao.jobs = c->jobs;
	if (!c->quiet && isatty(STDERR_FILENO))
		ao.progress = progress_cb;
	/* N-Quads of articles stream out one article graph at a time. */
	if (!strcmp(cmd, "extract") && c->format && !strcmp(c->format, "nquads") &&
	    nkg_app_articles_only((const char *const *)inputs, n_in)) {
		rc = nkg_app_stream_nquads((const char *const *)inputs, n_in, &ao,
					   c->output && strcmp(c->output, "-") ? c->output : NULL, err);
		if (ao.progress)
			fputs("\r\033[K", stderr);
		goto done;
	}
	if ((rc = nkg_app_build_graph((const char *const *)inputs, n_in, &ao, &g, err)))
		goto done;
	if (ao.progress)
		fputs("\r\033[K", stderr);

	if (!strcmp(cmd, "extract")) {
		if ((rc = nkg_graph_serialize(g, c->format ? c->format : "turtle", &data, &len, err)))
			goto done;
		rc = write_out(c, data, len, err);
	} else if (!strcmp(cmd, "facts") || !strcmp(cmd, "eval")) {
		nkg_facts_opts fo = { c->min_conf, c->all };
		if ((rc = nkg_facts_tsv(g, &fo, &buf, err)))
			goto done;
		if (!strcmp(cmd, "facts")) {
			rc = write_out(c, buf.data ? buf.data : "", buf.len, err);
		} else {
			nkg_eval_result res;
			nkg_buf report = {0};
			FILE *f = fopen(c->gold, "rb");
			nkg_buf gold = {0};
			char tmp[65536];
			size_t n;
			if (!f) {
				rc = nkg_error_set(err, NKG_EIO, "%s: cannot open gold file", c->gold);
				goto done;
			}
			while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
				if (nkg_buf_append(&gold, tmp, n))
					break;
			fclose(f);
			rc = nkg_eval_score(gold.data ? gold.data : "", c->gold,
					    buf.data ? buf.data : "", "newskg", c->verbose,
					    &res, &report, err);
			if (!rc)
				rc = write_out(c, report.data ? report.data : "", report.len, err);
			nkg_buf_free(&gold);
			nkg_buf_free(&report);
		}
	} else if (!strcmp(cmd, "render") || !strcmp(cmd, "report")) {
		nkg_render_opts ro = {0};
		const char *view = c->view ? c->view : "moves";
		if (!strcmp(view, "moves")) ro.view = NKG_VIEW_MOVES;
		else if (!strcmp(view, "timeline")) ro.view = NKG_VIEW_TIMELINE;
		else if (!strcmp(view, "network")) ro.view = NKG_VIEW_NETWORK;
		else {
			rc = nkg_error_set(err, NKG_EUSAGE, "--view: '%s' is not moves, timeline or network", view);
			goto done;
		}
		ro.format = c->type ? c->type : "svg";
		c->persons[c->n_persons] = NULL;
		c->orgs[c->n_orgs] = NULL;
		ro.persons = c->n_persons ? c->persons : NULL;
		ro.orgs = c->n_orgs ? c->orgs : NULL;
		ro.from = c->from;
		ro.to = c->to;
		ro.max_people = c->max_people;
		if (c->events && (rc = parse_events_mask(c->events, &ro.events_mask, err)))
			goto done;
		/* report: the same filters, one HTML page */
		if ((rc = !strcmp(cmd, "report") ? nkg_report_write(g, &ro, warn_cb, c, &data, &len, err)
						 : nkg_render(g, &ro, warn_cb, c, &data, &len, err)))
			goto done;
		rc = write_out(c, data, len, err);
	}
done:
	free(data);
	nkg_buf_free(&buf);
	nkg_graph_free(g);
	nkg_gazetteer_free(gaz);
	return rc;
}

/* index-words: DIR/wordlists.idx, which the gazetteer maps instead of
 * reading the word lists (src/lexicon.c).  The build runs it, and a user
 * whose system dictionaries changed can run it again. */
static int index_words(const cli *c, size_t n_in, const char *argv0, nkg_error *err)
{
	char *dir = NULL;
	size_t n = 0;
	int rc;

	if (n_in)
		return nkg_error_set(err, NKG_EUSAGE, "index-words takes no input");
	if (!(dir = nkg_app_find_data_dir(c->data_dir, argv0)))
		return nkg_error_set(err, NKG_ENOTFOUND, "data directory not found (set --data-dir or NEWSKG_DATA)");
	rc = nkg_gazetteer_index_words(dir, &n, err);
	if (!rc && !c->quiet)
		fprintf(stderr, "newskg: %s/wordlists.idx: %zu word list%s\n", dir, n, n == 1 ? "" : "s");
	free(dir);
	return rc;
}

int main(int argc, char **argv)
{
	enum { O_VIEW = 256, O_PERSON, O_ORG, O_FROM, O_TO, O_EVENTS, O_MAXP,
	       O_ALL, O_MINC, O_GOLD, O_DATE, O_LANG, O_GAZ, O_NOGAZ, O_DATA,
	       O_KEEP, O_MAXB, O_VERSION };
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "type", required_argument, NULL, 'T' },
		{ "view", required_argument, NULL, O_VIEW },
		{ "person", required_argument, NULL, O_PERSON },
		{ "org", required_argument, NULL, O_ORG },
		{ "from", required_argument, NULL, O_FROM },
		{ "to", required_argument, NULL, O_TO },
		{ "events", required_argument, NULL, O_EVENTS },
		{ "max-people", required_argument, NULL, O_MAXP },
		{ "all", no_argument, NULL, O_ALL },
		{ "min-confidence", required_argument, NULL, O_MINC },
		{ "gold", required_argument, NULL, O_GOLD },
		{ "verbose", no_argument, NULL, 'v' },
		{ "date", required_argument, NULL, O_DATE },
		{ "lang", required_argument, NULL, O_LANG },
		{ "gazetteer", required_argument, NULL, O_GAZ },
		{ "no-gazetteer", no_argument, NULL, O_NOGAZ },
		{ "data-dir", required_argument, NULL, O_DATA },
		{ "keep-going", no_argument, NULL, O_KEEP },
		{ "max-article-bytes", required_argument, NULL, O_MAXB },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, O_VERSION },
		{ "jobs", required_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	cli c = {0};
	nkg_error err = {0};
	const char *cmd;
	int opt, rc;
	char *end;

	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	cmd = argv[1];
	if (!strcmp(cmd, "help") || !strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
		printf("newskg %s\n", NEWSKG_VERSION);
		return EXIT_OK;
	}
	if (nkg_cli_query_is_command(cmd))
		return run_store_command(argc - 1, argv + 1, argv[0]);
	if (strcmp(cmd, "extract") && strcmp(cmd, "facts") && strcmp(cmd, "render") &&
	    strcmp(cmd, "report") && strcmp(cmd, "eval") && strcmp(cmd, "explain") &&
	    strcmp(cmd, "index-words")) {
		fprintf(stderr, "newskg: unknown command '%s' (try 'newskg --help')\n", cmd);
		return EXIT_USAGE;
	}
	optind = 2;
	while ((opt = getopt_long(argc, argv, "f:o:T:j:vqh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'f': c.format = optarg; break;
		case 'o': c.output = optarg; break;
		case 'T': c.type = optarg; break;
		case O_VIEW: c.view = optarg; break;
		case O_PERSON:
			if (c.n_persons < 63) c.persons[c.n_persons++] = optarg;
			break;
		case O_ORG:
			if (c.n_orgs < 63) c.orgs[c.n_orgs++] = optarg;
			break;
		case O_FROM: c.from = optarg; break;
		case O_TO: c.to = optarg; break;
		case O_EVENTS: c.events = optarg; break;
		case O_MAXP:
			c.max_people = strtoul(optarg, &end, 10);
			if (*end || !*optarg) {
				fprintf(stderr, "newskg: --max-people: '%s' is not a number\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case O_ALL: c.all = 1; break;
		case O_MINC:
			c.min_conf = strtod(optarg, &end);
			if (*end || !*optarg) {
				fprintf(stderr, "newskg: --min-confidence: '%s' is not a number\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case O_GOLD: c.gold = optarg; break;
		case 'v': c.verbose = 1; break;
		case O_DATE: c.date = optarg; break;
		case O_LANG: c.lang = optarg; break;
		case O_GAZ:
			if (c.n_gazetteers < 32) c.gazetteers[c.n_gazetteers++] = optarg;
			break;
		case O_NOGAZ: c.no_gaz = 1; break;
		case O_DATA: c.data_dir = optarg; break;
		case O_KEEP: c.keep_going = 1; break;
		case 'j':
			c.jobs = (unsigned)strtoul(optarg, &end, 10);
			if (*end || !*optarg || !c.jobs) {
				fprintf(stderr, "newskg: -j: '%s' is not a positive number\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case O_MAXB:
			c.max_bytes = strtoul(optarg, &end, 10);
			if (*end || !*optarg || !c.max_bytes) {
				fprintf(stderr, "newskg: --max-article-bytes: '%s' is not a positive number\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'q': c.quiet = 1; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		case O_VERSION: printf("newskg %s\n", NEWSKG_VERSION); return EXIT_OK;
		default:
			fputs("newskg: try 'newskg --help'\n", stderr);
			return EXIT_USAGE;
		}
	}
	if (!strcmp(cmd, "eval") && !c.gold) {
		fputs("newskg: eval needs --gold FILE\n", stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(cmd, "index-words"))
		rc = index_words(&c, (size_t)(argc - optind), argv[0], &err);
	else
		rc = run(cmd, &c, argv + optind, (size_t)(argc - optind), argv[0], &err);
	if (rc) {
		fprintf(stderr, "newskg: %s\n", err.msg[0] ? err.msg : "failed");
		return exit_for(rc);
	}
	return EXIT_OK;
}
