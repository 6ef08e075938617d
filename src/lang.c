/* newskg — the language registry. */
#include "newskg/lang.h"

#include <string.h>

extern const nkg_lang nkg_lang_fr;
extern const nkg_lang nkg_lang_en;

const nkg_lang *const nkg_langs[] = { &nkg_lang_fr, &nkg_lang_en, NULL };

const nkg_lang *nkg_lang_get(const char *code)
{
	for (size_t i = 0; code && nkg_langs[i]; i++)
		if (strncmp(code, nkg_langs[i]->code, 2) == 0)
			return nkg_langs[i];
	return NULL;
}

int nkg_lang_in(const char *const *list, const char *folded)
{
	for (size_t i = 0; list && list[i]; i++)
		if (strcmp(list[i], folded) == 0)
			return 1;
	return 0;
}
