/* newskg — scoring extracted facts against gold facts, as described in
 * shared/eval/FORMAT.md (and agreeing with its reference score.py). */
#ifndef NEWSKG_EVAL_H
#define NEWSKG_EVAL_H

#include "newskg/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_eval_counts {
	size_t tp, fp, fn;
} nkg_eval_counts;

typedef struct nkg_eval_result {
	nkg_eval_counts person, org, role, event; /* per kind */
	size_t date_ok, date_total, date_wrong;
	double p, r, f1, dates; /* micro-averaged over the four kinds */
} nkg_eval_result;

/* gold/system: facts TSV texts (NUL-terminated).  gold_name/system_name are
 * used in error messages ("gold.tsv:12: unknown kind").  When report is
 * non-NULL it receives the same lines score.py prints (with the per-fact
 * notes when verbose). */
int nkg_eval_score(const char *gold, const char *gold_name,
		   const char *system, const char *system_name, int verbose,
		   nkg_eval_result *res, nkg_buf *report, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif
