/* newskg — the tool's commands (private to the tool: src/main.c and
 * src/cli_*.c; none of it is in libnewskg.a). */
#ifndef NEWSKG_CLI_H
#define NEWSKG_CLI_H

#include <stddef.h>

#include "newskg/common.h"

/* Where command output goes: out() for results (standard output), note()
 * for progress and warnings (standard error, unless --quiet). */
typedef struct nkg_cli_io {
	int (*out)(void *ctx, const char *data, size_t n);
	void (*note)(void *ctx, const char *msg);
	void *ctx;
	const char *argv0;
} nkg_cli_io;

/* Whether cmd is one of the commands nkg_cli_query_command runs (ingest,
 * remove, stats, query, timeline, role-on-date, moves, head, export,
 * push). */
int nkg_cli_query_is_command(const char *cmd);
/* Runs `newskg CMD ARGS...` (argv[0] is CMD) for those commands: parses
 * its own options, prints nothing itself (everything goes through io) and
 * returns 0 or an NKG_E* code with err set. */
int nkg_cli_query_command(int argc, char **argv, const nkg_cli_io *io, nkg_error *err);

#endif
