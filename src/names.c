/* newskg — names found in runs of capitalised words: where a name
 * starts and ends, institutions and their places, acronyms, names split
 * where an organisation meets a person (see mentions.h). */
#include "mentions_int.h"

static int add_name(ctx *c, size_t si, size_t t0, size_t t1)
{
	const nkg_sentence *s = &c->doc->sents[si];
	nkg_mention *m;
	const nkg_gaz_entry *g;

	if (t0 >= t1)
		return 0;
	g = nkg_m_gaz_span(c, t0, t1);
	/* "the Football Club's Board", "the Club": a team said by what it
	 * is, capitalised, is the article's club said again, no name */
	if (!g && t0 > s->tok0 && nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold)) {
		int generic = 1;
		for (size_t k = t0; k < t1 && generic; k++)
			generic = nkg_lang_in(s->lang->club_words, TOKS(c->doc)[k].fold) ||
				  nkg_lang_in(s->lang->sport_words, TOKS(c->doc)[k].fold);
		if (generic && nkg_lang_in(s->lang->club_words, TOKS(c->doc)[t1 - 1].fold))
			return 0;
	}
	/* "vice-président Advocacy", "directrice Customer Care": a word
	 * of another language right after a title is the post's remit,
	 * no person (unless the article names it elsewhere, "le président
	 * Bush" after "George Bush") */
	if (!g && t1 - t0 == 1 && t0 > s->tok0 && c->title_at[t0 - 1] >= 0 &&
	    (nkg_m_foreign_word(c, s, TOKS(c->doc)[t0].fold) ||
	     /* ("Deputy Vice-Chancellor Administration": a function) */
	     nkg_lang_in(s->lang->function_words, TOKS(c->doc)[t0].fold)) &&
	    !nkg_m_named_elsewhere(c, t0, t1))
		return 0;
	/* "its AGM", "la TVA": an acronym of an ordinary noun names no one */
	if (!g && t1 - t0 == 1 && (TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) &&
	    nkg_lang_in(s->lang->noun_acronyms, TOKS(c->doc)[t0].fold))
		return 0;
	/* "Boeing Co", "Renault SA": the company under its legal form. */
	if (!g && t1 - t0 >= 2 && nkg_lang_in(nkg_m_legal_forms, TOKS(c->doc)[t1 - 1].fold))
		g = nkg_m_gaz_span(c, t0, t1 - 1);
	/* A capitalised word starting the sentence is not a name unless
	 * something else says so ("Renault a nommé ..." does). */
	/* "Deux élus ont voté", "Hospital CEO exits doubled": an ordinary
	 * word opening a sentence, which the article never names alone */
	/* ("Castres a limogé son entraîneur": unless it acts as an
	 * organisation does, which the score says) */
	if (!g && t1 - t0 == 1 && nkg_m_sentence_initial(c, s, t0) &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0].fold) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold) &&
	    !nkg_m_alone_elsewhere(c, t0)) {
		nkg_mention probe = {0};
		nkg_m_score_name(c, s, t0, t1, &probe);
		/* (not a number: "Deux élus ont voté") */
		if (probe.org_score < 1.5f || nkg_lang_in(s->lang->number_words, TOKS(c->doc)[t0].fold))
			return 0;
	}
	if (!g && t1 - t0 == 1 && nkg_m_sentence_initial(c, s, t0) &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    !nkg_m_is_proper(c, TOKS(c->doc)[t0].fold) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold)) {
		nkg_mention probe = {0};
		nkg_m_score_name(c, s, t0, t1, &probe);
		/* (a word no word list knows, "Eramet trébuche", is a name
		 * even there, though of no known kind) */
		if (probe.org_score < 1.5f && probe.person_score < 1.5f &&
		    (nkg_m_word_in_any_lang(c, TOKS(c->doc)[t0].fold) ||
		     !nkg_gazetteer_has_words(c->gaz, s->lang->code)))
			return 0;
	}
	if (!g && t1 - t0 == 1 && in_any_lang(get_stop, TOKS(c->doc)[t0].fold))
		return 0;
	/* "Brentwood, Tenn.", "Dean French, MD,": a state's abbreviation
	 * or a degree alone */
	if (!g && t1 - t0 == 1 && (in_any_lang(get_abbrevs, TOKS(c->doc)[t0].fold) ||
				   in_any_lang(get_credentials, TOKS(c->doc)[t0].fold)))
		return 0;
	if (!g && t1 - t0 == 1 && strlen(TOKS(c->doc)[t0].fold) < 2)
		return 0;
	if (!(m = nkg_m_add_mention(c->ms, NKG_M_NAME, si, t0, t1)))
		return NKG_ENOMEM;
	if (!(m->text = nkg_m_span_text(c->doc, t0, t1)))
		return NKG_ENOMEM;
	m->gaz = g;
	nkg_m_score_name(c, s, t0, t1, m);
	/* "Sciences Po Paris": a known organisation's name opens it */
	if (!g && t1 - t0 >= 2) {
		size_t gp = nkg_m_gaz_prefix(c, t0, t1);
		const nkg_gaz_entry *pe = gp ? nkg_m_gaz_span(c, t0, t0 + gp) : NULL;
		if (pe && (pe->type == NKG_GAZ_ORG || pe->type == NKG_GAZ_MEDIA))
			m->org_score += 3;
	}
	if (s->flags & NKG_SENT_COMMENT)
		m->flags |= NKG_MF_COMMENT;
	else if (!(s->flags & (NKG_SENT_NOISE | NKG_SENT_SHORT)))
		m->flags |= NKG_MF_BODY;
	if (s->flags & NKG_SENT_BYLINE) {
		m->flags |= NKG_MF_AUTHOR;
		m->person_score += 3;
	}
	if (g) {
		m->flags |= NKG_MF_GAZ;
		m->type = g->type == NKG_GAZ_PERSON ? NKG_NT_PERSON :
			  (g->type == NKG_GAZ_ORG || g->type == NKG_GAZ_MEDIA) ? NKG_NT_ORG :
			  NKG_NT_OTHER;
	} else if (m->person_score >= 1 && (m->person_score > m->org_score ||
					     (m->person_score == m->org_score && t1 - t0 >= 2 &&
					      nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold)))) {
		m->type = NKG_NT_PERSON;
	} else if (m->org_score >= 1) {
		m->type = NKG_NT_ORG;
	} else {
		m->type = NKG_NT_UNKNOWN;
	}
	/* "Disney Parks, Experiences and Products": a plural the dictionary
	 * knows, alone, names no person (unless it ends a person's name the
	 * article gives: "Sanders" after "Bernie Sanders") */
	if (!g && t1 - t0 == 1 && m->type == NKG_NT_PERSON && nkg_m_plural_word(c, s, t0) &&
	    !nkg_m_in_longer_name(c, t0))
		m->type = NKG_NT_UNKNOWN;
	/* "thanks to Sean", "replacing Sean": a first name alone is a person
	 * called familiarly, not a company, unless strong evidence says so */
	if (!g && t1 - t0 == 1 && m->type == NKG_NT_ORG && m->org_score < 3 &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold))
		m->type = NKG_NT_UNKNOWN;
	/* "le projet de Contrat d'Objectif", "la rubrique Affaires": one
	 * capitalised ordinary word is an organisation only on strong
	 * evidence ("la société Orange"). */
	/* ("Castres a limogé son entraîneur": an ordinary word opening the
	 * sentence that acts as an organisation does, and is nowhere part
	 * of a longer name such as "Donald Trump") */
	/* (nor one the article always writes with a capital, several
	 * times mid-sentence: "the aid agency Goal ... who founded Goal") */
	if (!g && t1 - t0 == 1 && m->type == NKG_NT_ORG && !nkg_m_cue_before(c, s, t0) &&
	    !(nkg_m_sentence_initial(c, s, t0) && nkg_m_org_acts(c->doc, s, t1) && !nkg_m_in_longer_name(c, t0)) &&
	    !(nkg_m_proper_count(c, TOKS(c->doc)[t0].fold) >= 2 && !nkg_m_lower_elsewhere(c->doc, t0) &&
	      /* (not "Les Ministres de tutelle": a determiner before;
	       * nor "Trump" of "Donald Trump") */
	      !(t0 > s->tok0 && nkg_lang_in(s->lang->determiners, TOKS(c->doc)[t0 - 1].fold)) &&
	      !nkg_m_in_longer_name(c, t0)) &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0].fold) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold))
		m->type = NKG_NT_OTHER;
	/* "Metz a changé de technicien", "À Sochaux, X a quitté le club",
	 * "fired by Atlanta": in a story of sport a town stands for its
	 * club (not a country or region: "en France") */
	/* (a name no dictionary knows, no first name, with no article
	 * before it: "Sochaux", not "le Corse", "Omar", "Stade") */
	if (c->sports && ((g && g->type == NKG_GAZ_PLACE) ||
			  (!g && t1 - t0 == 1 && (m->type == NKG_NT_UNKNOWN || m->type == NKG_NT_OTHER) &&
			   (!nkg_m_word_in_any_lang(c, TOKS(c->doc)[t0].fold) ||
			    /* ("Castres", "Rennes": words too, never
			     * written in lower case here) */
			    (nkg_m_is_proper(c, TOKS(c->doc)[t0].fold) && !nkg_m_lower_elsewhere(c->doc, t0))) &&
			   m->person_score <= 0 &&
			   !nkg_m_first_name_part(c, TOKS(c->doc)[t0].fold) &&
			   !strchr(TOKS(c->doc)[t0].fold, '\''))) &&
	    !(t0 > s->tok0 && nkg_lang_in(s->lang->determiners, TOKS(c->doc)[t0 - 1].fold)) &&
	    !(t0 > s->tok0 && nkg_lang_in(s->lang->country_preps, TOKS(c->doc)[t0 - 1].fold)) &&
	    /* (nor a venue or a squad: "le stade Mayol", "l'équipe
	     * Espoirs") */
	    !(t0 > s->tok0 && !(TOKS(c->doc)[t0 - 1].flags & NKG_TOK_CAP) &&
	      nkg_lang_in(s->lang->venue_words, TOKS(c->doc)[t0 - 1].fold)) &&
	    /* (nor where a title is won: "champion de France", "qualified
	     * for Europe") */
	    !nkg_m_competition_place(c, s, t0) &&
	    /* (nor a dateline's town: "TUCSON (AP) —") */
	    !(TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) &&
	    /* (nor a league: "Ligue 2", "Division 1") */
	    !(t1 < s->tok1 && (TOKS(c->doc)[t1].flags & NKG_TOK_NUM)) &&
	    /* (nor the end of a longer name: "Stade de France") */
	    !(t0 > s->tok0 + 1 && nkg_lang_in(s->lang->title_links, TOKS(c->doc)[t0 - 1].fold) &&
	      (TOKS(c->doc)[t0 - 2].flags & NKG_TOK_CAP)) &&
	    !nkg_m_based_place(s, c->doc, t1))
		m->type = NKG_NT_ORG;
	/* "Dans le Cantal, c'est X qui a été nommé préfet", "En
	 * Haute-Loire, X remplace Y": a place fronted before a comma, in a
	 * sentence with a public office's title, is where the office is */
	if (((g && g->type == NKG_GAZ_PLACE) || (!g && m->type == NKG_NT_UNKNOWN)) &&
	    t0 > s->tok0 && t0 <= s->tok0 + 2 && t1 < s->tok1 &&
	    /* (over a department's number: "En Haute-Loire (43),") */
	    (!strcmp(TOKS(c->doc)[t1].fold, ",") ||
	     (t1 + 3 < s->tok1 && !strcmp(TOKS(c->doc)[t1].fold, "(") &&
	      (TOKS(c->doc)[t1 + 1].flags & NKG_TOK_NUM) && !strcmp(TOKS(c->doc)[t1 + 2].fold, ")") &&
	      !strcmp(TOKS(c->doc)[t1 + 3].fold, ","))) &&
	    nkg_lang_in(s->lang->place_preps, TOKS(c->doc)[s->tok0].fold) &&
	    (t0 == s->tok0 + 1 || nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold))) {
		int office = 0;
		for (size_t k = t1; k < s->tok1 && !office; k++) {
			int tm = c->title_at[k];
			office = tm >= 0 && !strcmp(c->ms->m[tm].role, "official");
		}
		if (office)
			m->type = NKG_NT_ORG;
	}
	/* "fired by Atlanta": a town that dismisses someone is its club */
	if (g && g->type == NKG_GAZ_PLACE && t1 - t0 == 1 && nkg_m_dismisser(c, s, t0))
		m->type = NKG_NT_ORG;
	/* "la préfète du Cantal", "manager de Castres", "Burnley manager": a
	 * place as a title's complement stands for its institution, team or
	 * administration. */
	/* (not "the Dublin-born banker": a modifier says where someone
	 * is from) */
	if (((g && g->type == NKG_GAZ_PLACE) ||
	     (!g && (m->type == NKG_NT_UNKNOWN || m->type == NKG_NT_OTHER))) &&
	    !nkg_m_based_place(s, c->doc, t1) && nkg_m_title_beside(c, s, t0, t1, g != NULL) &&
	    !nkg_lang_ends_in(s->lang->modifier_endings, TOKS(c->doc)[t1 - 1].fold, 2))
		m->type = NKG_NT_ORG;
	/* "Director for Social and Human Rights", "the Director of
	 * Athletics": a title's remit */
	if (!g && m->type == NKG_NT_ORG && nkg_m_remit_of_title(c, s, t0, t1))
		m->type = NKG_NT_OTHER;
	/* "vice president of Global Communications", "directrice de la
	 * Communication": a department, every word a function's */
	if (!g && m->type == NKG_NT_ORG && nkg_m_only_function_words(c, s, t0, t1))
		m->type = NKG_NT_OTHER;
	/* "Public Safety Minister X", "Minister of Finance": a portfolio. */
	/* ("Secretary of the Smithsonian Institution": an article and a
	 * company word closing the name say organisation, no portfolio,
	 * which "Minister of Mental Health" is) */
	if (!g && m->type == NKG_NT_ORG && nkg_m_portfolio(c, s, t0, t1) &&
	    /* (nor one an institution's head word opens: "secrétaire
	     * général de la préfecture de l'Aude") */
	    !nkg_m_institution_head(c, s, t0) &&
	    !(t1 - t0 >= 2 && nkg_m_org_word(TOKS(c->doc)[t1 - 1].fold) == ORG_SUFFIX &&
	      t0 > s->tok0 && nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold)) &&
	    /* ("secretary of the U.S. Department of Labor": an article, then
	     * an institution's head word a place may open) */
	    !(t1 - t0 >= 3 && t0 > s->tok0 &&
	      nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold) &&
	      nkg_m_institution_head(c, s, t0 + 1)))
		m->type = NKG_NT_OTHER;
	/* "Ann Arbor, Mich.-based Michigan Medicine": the town, whatever
	 * its first word says */
	if (!g && nkg_m_based_place(s, c->doc, t1))
		m->type = NKG_NT_OTHER;
	/* Reader comments: only names something vouches for. */
	if ((m->flags & NKG_MF_COMMENT) && !g &&
	    !(m->type == NKG_NT_PERSON && t1 - t0 >= 2 &&
	      nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold)))
		m->type = NKG_NT_OTHER;
	return 0;
}

/* Whether [t0,k) is an institution's head word, maybe with ordinary
 * words after it, before the name of the person it is named after:
 * "CHU Habib Bourguiba", "hôpital universitaire Habib Bourguiba",
 * "Centre Hospitalier Intercommunal Jean Moulin" (not "Groupe Lorvane
 * Jean Martin": a name between is the organisation's own). */
static int named_after_person(const ctx *c, const nkg_sentence *s, size_t t0, size_t k)
{
	size_t ih = nkg_m_institution_head(c, s, t0);
	if (!ih || t0 + ih > k)
		return 0;
	for (size_t q = t0 + ih; q < k; q++)
		if ((TOKS(c->doc)[q].flags & NKG_TOK_CAP) &&
		    !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[q].fold))
			return 0;
	return 1;
}

/* Where the run [t0,t1) goes on from an organisation's name into a
 * person's first name and surname: the first name's token (t1 - 2), or 0
 * when it does not. */
static size_t person_after_org(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1)
{
	if (t1 - t0 < 3 || nkg_m_gaz_span(c, t0, t1))
		return 0;
	const char *lc = s->lang->code;
	size_t k = t1 - 2;
	const char *first = TOKS(c->doc)[k].fold, *prev = TOKS(c->doc)[k - 1].fold;
	int sur_word = nkg_gazetteer_is_word(c->gaz, lc, TOKS(c->doc)[t1 - 1].fold);
	int first_word = nkg_gazetteer_is_word(c->gaz, lc, first);
	/* "Corbin Vale Health Tomasz Brzezinski": a company word ends the
	 * organisation's name before the two words of a person's. */
	if (t1 - t0 >= 4 && nkg_m_org_word(prev) == ORG_SUFFIX && !sur_word && !first_word)
		return k;
	/* "Quorum Health Dan Slipkovich stepped down": a first name, then a
	 * surname that is no ordinary word */
	if (!nkg_m_first_name(c, first) || nkg_gazetteer_is_firstname(c->gaz, prev) ||
	    /* (not "Saint Louis University", a saint's name) */
	    nkg_lang_in(s->lang->saint_words, prev) ||
	    /* (nor "CHU Habib Bourguiba", "hôpital universitaire Habib
	     * Bourguiba": an institution named after a person) */
	    named_after_person(c, s, t0, k))
		return 0;
	if (k >= t0 + 2 && !sur_word)
		return k;
	/* ("Science and Industry Francois-Philippe Champagne": ordinary
	 * words before a first name and a surname) */
	int plain = 1;
	for (size_t q = t0; q < k && plain; q++)
		plain = nkg_gazetteer_is_word(c->gaz, lc, TOKS(c->doc)[q].fold) &&
			!nkg_m_first_name(c, TOKS(c->doc)[q].fold);
	if (plain)
		return k;
	/* ("l'ex-patron de Tessane Jean-Marc Folard": one word after a
	 * title's link names the organisation, the holder's name follows;
	 * either name may be a word too, "Denis", "Taupin", not both) */
	if (nkg_m_title_beside(c, s, t0, t1, 0) && !strchr(TOKS(c->doc)[t0].fold, '-') &&
	    (!sur_word || !first_word))
		return k;
	return 0;
}

static int names_in_run(ctx *c, size_t si, size_t t0, size_t t1)
{
	const nkg_sentence *s = &c->doc->sents[si];
	int rc;

	while (t0 < t1) {
		/* Leading function words: "Selon The Verge", "Le PDG". */
		if (nkg_m_gaz_span(c, t0, t1))
			return add_name(c, si, t0, t1);
		const char *f = TOKS(c->doc)[t0].fold;
		/* "the Mount Pleasant-based university": a run ending in a
		 * modifier qualifies the common noun after it; it names
		 * nothing */
		if (strchr(TOKS(c->doc)[t1 - 1].fold, '-') &&
		    nkg_lang_ends_in(s->lang->modifier_endings, TOKS(c->doc)[t1 - 1].fold, 2))
			return 0;
		/* "le Sénégalais X" drops the nationality; "Australian
		 * Computer Society" keeps it: a company word ends the name */
		if (in_any_lang(get_demonyms, f) && !(t1 - t0 >= 3 && nkg_m_org_word(TOKS(c->doc)[t1 - 1].fold))) {
			t0++;
			continue;
		}
		/* "en Pro A. Ruddy Nelhomme est": an ordinary word and a
		 * capital letter closing the sentence before a name (the
		 * letter's period read as an initial's) */
		if (t1 - t0 >= 4 && strlen(TOKS(c->doc)[t0 + 1].fold) == 2 &&
		    TOKS(c->doc)[t0 + 1].fold[1] == '.' &&
		    nkg_m_word_in_any_lang(c, f) &&
		    !nkg_gazetteer_is_firstname(c->gaz, f)) {
			t0 += 2;
			continue;
		}
		/* "Chicago-based CommonSpirit Health", "German-born Tom Enders" */
		if (t1 - t0 >= 2 && nkg_lang_ends_in(s->lang->modifier_endings, f, 2)) {
			t0++;
			continue;
		}
		/* ("the Rupert Murdoch-owned News of the World": after a
		 * modifier inside the run, whatever opens it) */
		size_t mod = 0;
		for (size_t k = t0 + 1; k + 1 < t1; k++)
			if (strchr(TOKS(c->doc)[k].fold, '-') &&
			    nkg_lang_ends_in(s->lang->modifier_endings, TOKS(c->doc)[k].fold, 2))
				mod = k;
		if (mod) {
			t0 = mod + 1;
			continue;
		}
		/* "Struggling Burnley ...", "Maybe I ...": an ordinary word
		 * opening the sentence, before a name told elsewhere too. */
		/* (but "Dale Pruitt is stepping down": a given name that is
		 * also a word, before one more word the gazetteer does not
		 * know) */
		int word_first = (t1 - t0 == 2 && nkg_gazetteer_is_word_firstname(c->gaz, f) &&
				  !nkg_m_gaz_prefix(c, t0 + 1, t1 + 1)) ||
				 /* "Wright Lassiter III": a generation ends a
				  * person's whole name */
				 (t1 - t0 == 3 && nkg_lang_in(s->lang->name_suffixes, TOKS(c->doc)[t1 - 1].fold));
		if (t1 - t0 >= 2 && nkg_m_sentence_initial(c, s, t0) && nkg_m_common_word(c, s, t0) && !word_first &&
		    !in_any_lang(get_stop, f) && !nkg_m_gaz_span(c, t0, t1) && !nkg_m_org_prefix_tok(c, t0) &&
		    !nkg_m_company_form_after(c, s, t1) && /* "Kestrel Grid, Inc." */
		    /* ("Acme Corp. said": a company word closes the name) */
		    !(t1 - t0 == 2 && nkg_lang_in(nkg_m_legal_forms, TOKS(c->doc)[t1 - 1].fold)) &&
		    !nkg_lang_in(s->lang->saint_words, f) && /* "Saint Louis University" */
		    (TOKS(c->doc)[t0 + 1].flags & NKG_TOK_WORD) && /* "Marks & Spencer" */
		    !nkg_m_honorific_elsewhere(c, t0 + 1) && /* "Wright Lassiter ... Mr. Lassiter" */
		    !nkg_m_acronym_elsewhere(c, t0, t1) && /* "Central Michigan University ... CMU" */
		    /* ("Central Michigan University": a part of a known
		     * place, in an institution's name a company word ends) */
		    !(t1 - t0 >= 3 && nkg_lang_in(s->lang->place_adjectives, f) &&
		      nkg_m_org_word(TOKS(c->doc)[t1 - 1].fold) == ORG_SUFFIX && gaz_place(c, t0 + 1, t0 + 2)) &&
		    (nkg_m_named_elsewhere(c, t0 + 1, t1) || nkg_m_gaz_prefix(c, t0 + 1, t1 + 1) ||
		     ((TOKS(c->doc)[t0 + 1].flags & NKG_TOK_WORD) &&
		      !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0 + 1].fold)))) {
			t0++;
			continue;
		}
		if (nkg_lang_in(s->lang->interim_before, f) ||
		    (t1 - t0 == 1 && (nkg_lang_in(s->lang->new_words, f) ||
				      nkg_lang_in(s->lang->former, f)))) {
			t0++;
			continue;
		}
		/* "Mme Ebongué", "Former Apple": an honorific or "former"
		 * starts the run but is not part of the name. */
		/* ("New" is part of a name the gazetteer knows: "The New
		 * York Post") */
		int known_new = t1 - t0 >= 2 && (nkg_m_gaz_span(c, t0, t0 + 2) || nkg_m_gaz_span(c, t0, t1));
		/* (or a company word ends: "New Teacher Center") */
		known_new |= t1 - t0 >= 3 && nkg_m_org_word(TOKS(c->doc)[t1 - 1].fold) == ORG_SUFFIX &&
			     !nkg_m_sentence_initial(c, s, t0);
		if (t1 - t0 >= 2 && (nkg_lang_in(s->lang->person_cue_before, f) ||
				     ((nkg_lang_in(s->lang->former, f) ||
				       nkg_lang_in(s->lang->new_words, f)) && !known_new))) {
			t0++;
			continue;
		}
		if (in_any_lang(get_stop, f)) {
			/* ("La Poste", "Le Monde" keep their article; "de L'UVSQ"
			 * does not keep an elided one before a name, unless the
			 * gazetteer knows the whole: "L'Oréal") */
			int keep = t1 - t0 >= 2 && !nkg_m_sentence_initial(c, s, t0) &&
				   (nkg_lang_in(s->lang->determiners, f) ||
				    !strcmp(f, "the")) &&
				   (f[strlen(f) - 1] != '\'' || nkg_m_gaz_span(c, t0, t1) ||
				    /* "L'Expansion", "L'Équipe": a title of
				     * ordinary words */
				    nkg_m_word_in_any_lang(c, TOKS(c->doc)[t0 + 1].fold));
			/* ("AS Monaco", "US Créteil": a club's initials, in
			 * capitals, open its name) */
			keep |= t1 - t0 >= 2 && (TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) &&
				nkg_lang_in(s->lang->club_words, f);
			/* ("succeeds Will Godfrey", "May Chen": a given name
			 * that is also a function word, capitalised inside the
			 * sentence, before a surname no dictionary knows) */
			keep |= t1 - t0 == 2 && !nkg_m_sentence_initial(c, s, t0) &&
				(TOKS(c->doc)[t0].flags & NKG_TOK_CAP) &&
				nkg_m_any_first_name(c, f) &&
				!nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0 + 1].fold) &&
				!(s->flags & NKG_SENT_TITLE);
			if (!keep) {
				t0++;
				continue;
			}
		}
		break;
	}
	while (t1 > t0 && in_any_lang(get_particles, TOKS(c->doc)[t1 - 1].fold) &&
	       !(TOKS(c->doc)[t1 - 1].flags & NKG_TOK_CAP))
		t1--;
	if (t0 >= t1)
		return 0;
	size_t split = person_after_org(c, s, t0, t1);
	if (split) {
		if ((rc = names_in_run(c, si, t0, split)))
			return rc;
		return names_in_run(c, si, split, t1);
	}
	size_t p = t1 - t0 >= 2 ? nkg_m_gaz_prefix(c, t0, t1) : 0;
	/* "OpenAI DevDay" splits; "Mistral Ferries", "EDF Renouvelables"
	 * are names of their own. */
	if (p && t1 - (t0 + p) == 1 && !nkg_m_gaz_span(c, t0 + p, t1) &&
	    !(TOKS(c->doc)[t0 + p].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)))
		p = 0;
	/* "Ford Motor Co.", "General Electric Co.": a legal form ends
	 * one company's name, whatever the gazetteer knows of its start
	 * (not when the rest is a name of its own: "Quorum Health Dan
	 * Slipkovich" ends in none) */
	if (p && t1 - (t0 + p) >= 2 && nkg_lang_in(nkg_m_legal_forms, TOKS(c->doc)[t1 - 1].fold) &&
	    !nkg_m_gaz_span(c, t0 + p, t1) && !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0 + p].fold))
		p = 0;
	/* An institution's head word that the gazetteer knows alone (as
	 * an alias: "Office") keeps its lower-case complement: "Office
	 * national des forêts". */
	if (p == 1 && nkg_m_org_prefix_tok(c, t0) && !(TOKS(c->doc)[t0 + 1].flags & NKG_TOK_CAP))
		p = 0;
	/* "Sciences Po Toulouse": an organisation's branch in a place;
	 * "Crédit Agricole Nord Est": in a region. */
	if (p && nkg_m_gaz_span(c, t0, t0 + p)->type == NKG_GAZ_ORG &&
	    (gaz_place(c, t0 + p, t1) ||
	     nkg_m_regional_branch(c, &c->doc->sents[si], t0, t0 + p) == t1))
		p = 0;
	/* A place opening a longer name is part of it: "France Médias
	 * Monde", "London Stock Exchange" (not after a title's link: "le
	 * préfet des Yvelines Erard Dumont", the territory then the
	 * holder) */
	if (p && nkg_m_gaz_span(c, t0, t0 + p)->type == NKG_GAZ_PLACE && !nkg_m_gaz_span(c, t0 + p, t1) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0 + p].fold) &&
	    !(nkg_m_title_beside(c, s, t0, t1, 1) && t1 - (t0 + p) >= 2 &&
	      !nkg_m_org_word(TOKS(c->doc)[t1 - 1].fold) &&
	      !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t1 - 1].fold)))
		p = 0;
	/* "le préfet de Haute-Corse Eric Delzant", "le maire de
	 * Saint-Malo Gilles Lurton": a compound place the gazetteer may
	 * not know, then a first name and a surname */
	/* ("l'ex-patron de PSA Jean-Martin Folz": or an acronym) */
	if (!p && t1 - t0 >= 3 &&
	    (strchr(TOKS(c->doc)[t0].fold, '-') ||
	     ((TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) && strlen(TOKS(c->doc)[t0].fold) >= 2 &&
	      /* (not "CHU Habib Bourguiba", named after a person) */
	      !nkg_m_institution_head(c, s, t0))) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold) &&
	    nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0 + 1].fold) &&
	    !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0 + 1].fold) &&
	    !nkg_m_org_word(TOKS(c->doc)[t1 - 1].fold))
		p = 1;
	if (p) {
		if ((rc = add_name(c, si, t0, t0 + p)))
			return rc;
		return names_in_run(c, si, t0 + p, t1);
	}
	return add_name(c, si, t0, t1);
}

static int lower_word(const ctx *c, size_t k)
{
	return nkg_m_qualifier(&TOKS(c->doc)[k]) && !nkg_m_verbish(TOKS(c->doc)[k].fold);
}

/* The end of an institution's name whose head word ("Agence", "Bank") is
 * at e - 1: French adjectives after it ("Commission européenne"; a
 * conditional or imperfect verb such as "aurait" is none), then up to two
 * complements, each "de"/"of"/"for" and a name ("Banque de France",
 * "Department for Business and Trade") or, where the language writes
 * institutions in lower case after their first word, "de" (la) and a
 * noun with its adjective ("Agence nationale de la recherche", "Centre
 * national des arts plastiques", "Société des gens de lettres").  e when
 * nothing follows. */
/* Whether token k is a move's verb that is also an ordinary word, in a
 * headline in Title Case ("Names", "Appoints"): no part of a name there
 * (in prose a capital says it is one: "l'académie de Limoges"). */
static int move_word(const ctx *c, const nkg_sentence *s, size_t k)
{
	return nkg_m_title_case(c, s) && nkg_lang_trigger_word(s->lang, TOKS(c->doc)[k].fold, -1, 1) &&
	       nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[k].fold);
}

static size_t institution_end(const ctx *c, const nkg_sentence *s, size_t e)
{
	const nkg_doc *d = c->doc;
	const nkg_lang *l = s->lang;
	size_t q = e;

	while (q < s->tok1 && q < e + 2 && !strcmp(l->code, "fr") && lower_word(c, q))
		q++;
	/* "le centre hospitalier Sud-Gironde", "le lycée Victor-Hugo": the
	 * name right after the head */
	if (q < s->tok1 && (TOKS(d)[q].flags & NKG_TOK_CAP) && nkg_m_is_name_tok(c, q) &&
	    !c->used[q]) {
		while (q < s->tok1 && nkg_m_is_name_tok(c, q) && (TOKS(d)[q].flags & NKG_TOK_CAP) &&
		       !(q > e && move_word(c, s, q)))
			q++;
		return q;
	}
	/* (three at most: "Communauté de Communes du Val d'Orne") */
	for (int pp = 0; pp < 3 && q < s->tok1; pp++) {
		/* "de la santé et de la recherche médicale": a second
		 * complement joined by "et" */
		if (pp > 0 && q + 3 < s->tok1 && nkg_lang_in(l->coord, TOKS(d)[q].fold) &&
		    nkg_lang_in(l->name_complement, TOKS(d)[q + 1].fold) &&
		    !(TOKS(d)[q + 1].flags & NKG_TOK_CAP) &&
		    (lower_word(c, q + 2) ||
		     (nkg_lang_in(l->complement_articles, TOKS(d)[q + 2].fold) && lower_word(c, q + 3))))
			q++;
		const char *f = TOKS(d)[q].fold;
		int lower_ok = nkg_lang_in(l->name_complement, f);
		size_t r = q + 1;
		if (!lower_ok && strcmp(f, "de") && strcmp(f, "of") && strcmp(f, "for") &&
		    strcmp(f, "du") && strcmp(f, "des") && strcmp(f, "d'"))
			break;
		/* "de l'Agriculture", "de la Réunion": an article before the name */
		if (r + 1 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r].fold) &&
		    !(TOKS(d)[r].flags & NKG_TOK_CAP) && nkg_m_is_name_tok(c, r + 1))
			r++;
		if (r < s->tok1 && nkg_m_is_name_tok(c, r)) {
			/* (not over a move's verb in a title-case headline:
			 * "University Of Oklahoma Names Former Oil Exec ...") */
			while (r < s->tok1 && !(r > e && move_word(c, s, r)) && (nkg_m_is_name_tok(c, r) ||
			       ((!strcmp(TOKS(d)[r].fold, "and") || !strcmp(TOKS(d)[r].fold, "et")) &&
				r + 1 < s->tok1 && nkg_m_is_name_tok(c, r + 1))))
				r++;
			/* "du Cheval et de l'Equitation": a second complement */
			if (pp == 0 && r + 2 < s->tok1 && nkg_lang_in(l->coord, TOKS(d)[r].fold) &&
			    nkg_lang_in(l->name_complement, TOKS(d)[r + 1].fold)) {
				size_t r2 = r + 2;
				if (r2 + 1 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r2].fold) &&
				    nkg_m_is_name_tok(c, r2 + 1))
					r2++;
				if (nkg_m_is_name_tok(c, r2)) {
					while (r2 < s->tok1 && nkg_m_is_name_tok(c, r2))
						r2++;
					return r2;
				}
			}
			/* "des Hautes Etudes en Santé Publique": a second
			 * complement */
			if (pp == 0 && r + 1 < s->tok1 && nkg_lang_in(l->name_complement, TOKS(d)[r].fold) &&
			    nkg_m_is_name_tok(c, r + 1)) {
				q = r;
				continue;
			}
			/* "de la Mutualité française": the complement's own
			 * adjective, in lower case, closes the name */
			if (r < s->tok1 && lower_word(c, r) &&
			    nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r].fold, 2) &&
			    (r + 1 == s->tok1 || !lower_word(c, r + 1)))
				r++;
			return r;
		}
		/* "de la recherche": the article only before a lower-case
		 * noun (before a name it is part of the name's own run). */
		if (lower_ok && r + 1 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r].fold) &&
		    !(TOKS(d)[r].flags & NKG_TOK_CAP) && lower_word(c, r + 1))
			r++;
		/* (only where names go on in lower case: "Detroit City FC
		 * for six seasons" is no "Fédération française de voile") */
		if (r < s->tok1 && lower_word(c, r) &&
		    (lower_ok || (pp == 0 && l->name_complement && l->name_complement[0]))) {
			r++;
			/* One adjective of the noun: "arts plastiques"; or an
			 * adjective before it and one after: "des hautes
			 * études territoriales". */
			if (lower_ok && r + 1 < s->tok1 && lower_word(c, r) && lower_word(c, r + 1) &&
			    !nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r].fold, 2) &&
			    nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r + 1].fold, 2))
				r += 2;
			else if (lower_ok && r < s->tok1 && lower_word(c, r) &&
			    nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r].fold, 2))
				r++;
			/* or one word that runs to the end of the clause: "des
			 * opérateurs télécoms," */
			else if (lower_ok && r < s->tok1 && lower_word(c, r) &&
				 (r + 1 == s->tok1 || (TOKS(d)[r + 1].flags & NKG_TOK_PUNCT)))
				r++;
			/* or a second noun before the place: "d'assurance
			 * maladie de la Gironde" */
			else if (lower_ok && r + 2 < s->tok1 && lower_word(c, r) &&
				 nkg_lang_in(l->name_complement, TOKS(d)[r + 1].fold) &&
				 (nkg_m_is_name_tok(c, r + 2) ||
				  (r + 3 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r + 2].fold) &&
				   nkg_m_is_name_tok(c, r + 3))))
				r++;
			q = r;
			if (!lower_ok)
				break;  /* "Fédération française de voile": one word */
			continue;
		}
		break;
	}
	return q;
}

/* "François Villeroy de Galhau", "Georges Chodron de Courcel": a first
 * name and a surname [k,e), a particle, and one more capitalised word at
 * pe that is the rest of the surname: the word is no ordinary word, no
 * known name, and never stands in the article without a particle before
 * it (an organisation would: "Jean Martin de Veltrane" ... "Veltrane a
 * annoncé"). */
static int particle_surname(const ctx *c, const nkg_sentence *s, size_t k, size_t e,
			    size_t pe, size_t after)
{
	const nkg_doc *d = c->doc;
	if (e - k != 2 || after != pe + 1 ||
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[k].fold) ||
	    (TOKS(d)[pe].flags & (NKG_TOK_UPPER | NKG_TOK_MIXED)) ||
	    nkg_m_gaz_span(c, pe, after) || nkg_m_common_word(c, s, pe) ||
	    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(d)[pe].fold))
		return 0;
	for (size_t p = 0; p < d->n_toks; p++)
		if (p != pe && !strcmp(d->toks[p].fold, TOKS(d)[pe].fold) &&
		    (!p || !in_any_lang(get_particles, d->toks[p - 1].fold)))
			return 0;
	return 1;
}

/* Link words an organisation's name holds, which its comparison key and
 * its initials leave out. */
const char *const nkg_m_org_key_links[] = {
	"de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", NULL
};

/* Whether the words [k, e) spell the folded acronym acr from its letter
 * a on: each word gives the next letter, or is a link word the acronym
 * may leave out ("pour", "of"; a link whose letter it gives counts too:
 * "Mouvement pour la France (MPF)"). */
int nkg_m_spells(const ctx *c, const nkg_sentence *s, size_t k, size_t e, const char *acr)
{
	/* (the acronym positions reachable so far, one bit each: one pass,
	 * however many link words may or may not give their letter) */
	size_t la = strlen(acr);
	uint64_t reach = 1;
	if (la > 60)
		return 0;
	for (; k < e && reach; k++) {
		const char *f = TOKS(c->doc)[k].fold;
		if (TOKS(c->doc)[k].flags & NKG_TOK_PUNCT) {
			if (strcmp(f, "-"))
				return 0;
			continue;
		}
		int link = nkg_lang_in(s->lang->acronym_links, f);
		uint64_t next = link ? reach : 0;
		for (size_t a = 0; a < la; a++)
			if ((reach >> a & 1) && f[0] == acr[a])
				next |= (uint64_t)1 << (a + 1);
		reach = next;
	}
	return (reach >> la) & 1;
}

/* "l'ONG Action pour la protection des droits de l'homme (APDH)": a name
 * written in sentence case, which an acronym in brackets after it spells.
 * The start of the name that the acronym spells, from k on, before the
 * bracket at *paren; s->tok1 if none.  (Three letters or more, a
 * capitalised first word, a lower-case word inside: all capitals are a
 * run of their own.) */
static size_t spelled_out(const ctx *c, const nkg_sentence *s, size_t k, size_t *paren)
{
	const nkg_doc *d = c->doc;
	size_t q = k;
	while (q < s->tok1 && q < k + 16 && !(TOKS(d)[q].flags & NKG_TOK_PUNCT &&
					     strcmp(TOKS(d)[q].fold, "-") && strcmp(TOKS(d)[q].fold, "'")))
		q++;
	/* (the acronym in capitals, or capitalised: "(Inra)", "(Anru)") */
	if (q + 2 >= s->tok1 || strcmp(TOKS(d)[q].fold, "(") || strcmp(TOKS(d)[q + 2].fold, ")") ||
	    !(TOKS(d)[q + 1].flags & (NKG_TOK_UPPER | NKG_TOK_CAP)))
		return s->tok1;
	const char *acr = TOKS(d)[q + 1].fold;
	size_t la = strlen(acr);
	if (la < 3 || la > 8)
		return s->tok1;
	/* (from k, or from a later word of the capitalised run that k
	 * opens: "l'ONG Action pour ...") */
	for (size_t p = k; p < q && (p == k || nkg_m_is_name_tok(c, p - 1)); p++) {
		int lower = 0;
		for (size_t r = p + 1; r < q; r++)
			lower |= (TOKS(d)[r].flags & NKG_TOK_WORD) && !(TOKS(d)[r].flags & NKG_TOK_CAP) &&
				 !nkg_lang_in(s->lang->acronym_links, TOKS(d)[r].fold);
		if ((TOKS(d)[p].flags & NKG_TOK_CAP) && !c->used[p] && lower && q - p >= 3 &&
		    nkg_m_spells(c, s, p, q, acr)) {
			*paren = q;
			return p;
		}
	}
	return s->tok1;
}

/* Whether folded word f opens a title of language l ("chief",
 * "directeur"). */
static int title_word(const nkg_lang *l, const char *f)
{
	size_t n = 0;
	nkg_lang_title_candidates(l, f, &n);
	return n > 0 || nkg_lang_in(l->title_open, f);
}

int nkg_m_find_names(ctx *c, size_t si)
{
	const nkg_sentence *s = &c->doc->sents[si];
	const nkg_doc *d = c->doc;
	size_t k = s->tok0;
	int rc, tc = nkg_m_title_case(c, s);
/* ("Galena Biopharma Appoints Mark W. Schwartz": a move's verb in a
 * title-case headline ends the name before it) */
#define RUN_TOK(k) (nkg_m_is_name_tok(c, (k)) && !(tc && nkg_m_common_word(c, s, (k))) && \
		    !(k > s->tok0 && nkg_lang_trigger_word(s->lang, TOKS(d)[k].fold, -1, 1) && \
		      nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(d)[k].fold)))

	while (k < s->tok1) {
		/* "la préfecture du Cantal", "l'académie de la Réunion": a
		 * lower-case head word names an institution with its place. */
		size_t hn;
		if (!c->used[k] && !(TOKS(d)[k].flags & NKG_TOK_CAP) &&
		    (hn = nkg_doc_match_list(d, k, s->tok1, s->lang->institution_heads))) {
			size_t q = institution_end(c, s, k + hn);
			if (q > k + hn && nkg_m_is_name_tok(c, q - 1)) {
				if ((rc = names_in_run(c, si, k, q)))
					return rc;
				k = q;
				continue;
			}
		}
		/* "le Stade rennais", "le Stade toulousain": a venue word and
		 * a town's adjective name a club */
		size_t vh = k + 1 < s->tok1 && in_any_lang(get_stop, TOKS(d)[k].fold) ? k + 1 : k;
		if ((TOKS(d)[vh].flags & NKG_TOK_CAP) && !c->used[vh] && vh + 1 < s->tok1 &&
		    nkg_lang_in(s->lang->venue_words, TOKS(d)[vh].fold) &&
		    (TOKS(d)[vh + 1].flags & NKG_TOK_WORD) && !(TOKS(d)[vh + 1].flags & NKG_TOK_CAP) &&
		    nkg_lang_ends_in(s->lang->demonym_endings, TOKS(d)[vh + 1].fold, 3)) {
			if ((rc = add_name(c, si, vh, vh + 2)))
				return rc;
			if (c->ms->n && c->ms->m[c->ms->n - 1].tok0 == vh && !c->ms->m[c->ms->n - 1].gaz)
				c->ms->m[c->ms->n - 1].type = NKG_NT_ORG;
			k = vh + 2;
			continue;
		}
		/* "l'ONG Action pour la protection des droits de l'homme
		 * (APDH)": an organisation its acronym spells */
		size_t paren = 0, sp = s->tok1;
		/* (and that name again, later, without its acronym) */
		/* ("l'ONG Action pour ...": maybe after a capitalised word) */
		for (size_t p = k; p < k + 2 && p < s->tok1 && (TOKS(d)[p].flags & NKG_TOK_CAP) &&
				   sp == s->tok1; p++)
			for (size_t i = 0; i < c->n_spelled && sp == s->tok1; i++) {
				size_t a0 = c->spelled[i][0], n = c->spelled[i][1] - a0, j = 0;
				while (j < n && p + j < s->tok1 && !c->used[p + j] &&
				       !strcmp(TOKS(d)[p + j].fold, TOKS(d)[a0 + j].fold))
					j++;
				if (j == n) {
					sp = p;
					paren = p + n;
				}
			}
		if (sp == s->tok1 && (TOKS(d)[k].flags & NKG_TOK_CAP) && !c->used[k] &&
		    (sp = spelled_out(c, s, k, &paren)) < s->tok1 && c->n_spelled < 8) {
			c->spelled[c->n_spelled][0] = sp;
			c->spelled[c->n_spelled++][1] = paren;
		}
		if (sp < s->tok1) {
			/* ("l'ONG Action ...": a word for the kind of
			 * organisation before it names nothing) */
			if (sp == k + 1 && nkg_lang_in(s->lang->org_cue_before, TOKS(d)[k].fold))
				k = sp;
			if ((sp > k && (rc = names_in_run(c, si, k, sp))) ||
			    (rc = add_name(c, si, sp, paren)))
				return rc;
			if (c->ms->n && c->ms->m[c->ms->n - 1].tok0 == sp &&
			    c->ms->m[c->ms->n - 1].kind == NKG_M_NAME && !c->ms->m[c->ms->n - 1].gaz)
				c->ms->m[c->ms->n - 1].type = NKG_NT_ORG;
			k = paren;
			continue;
		}
		/* "la société BIM (Bagatelle Investissement et Management)":
		 * the name an acronym before it spells, in brackets, is one
		 * name, its links and coordination included */
		if (k >= s->tok0 + 2 && !strcmp(TOKS(d)[k - 1].fold, "(") &&
		    (TOKS(d)[k - 2].flags & NKG_TOK_UPPER) && (TOKS(d)[k].flags & NKG_TOK_CAP) && !c->used[k]) {
			const char *acr = TOKS(d)[k - 2].fold;
			size_t q = k, la = strlen(acr);
			while (q < s->tok1 && q < k + 16 && strcmp(TOKS(d)[q].fold, ")"))
				q++;
			int clear = q < s->tok1 && q > k + 2 && la >= 3 && la <= 8;
			for (size_t r = k; clear && r < q; r++)
				clear = !c->used[r];
			if (clear && nkg_m_spells(c, s, k, q, acr)) {
				if ((rc = add_name(c, si, k, q)))
					return rc;
				if (c->ms->n && c->ms->m[c->ms->n - 1].tok0 == k &&
				    c->ms->m[c->ms->n - 1].kind == NKG_M_NAME && !c->ms->m[c->ms->n - 1].gaz)
					c->ms->m[c->ms->n - 1].type = NKG_NT_ORG;
				k = q;
				continue;
			}
		}
		/* "Galena's Board of Directors", "the Board of Trustees": a
		 * governing body written in capitals names no one */
		size_t bl = (TOKS(d)[k].flags & NKG_TOK_CAP) ?
			    nkg_doc_match_list(d, k, s->tok1, s->lang->governing_bodies) : 0;
		/* ("Le Conseil d'administration a décidé": after the
		 * sentence's capitalised article) */
		if (!bl && k + 1 < s->tok1 && (TOKS(d)[k].flags & NKG_TOK_CAP) &&
		    (TOKS(d)[k + 1].flags & NKG_TOK_CAP) && nkg_lang_in(s->lang->determiners, TOKS(d)[k].fold) &&
		    !c->used[k + 1]) {
			size_t b2 = nkg_doc_match_list(d, k + 1, s->tok1, s->lang->governing_bodies);
			if (b2 >= 3 && !(k + 1 + b2 < s->tok1 && nkg_m_is_name_tok(c, k + 1 + b2)) &&
			    !(TOKS(d)[k + b2].flags & NKG_TOK_CAP)) {
				k += 1 + b2;
				continue;
			}
		}
		/* ("au Conseil d'administration": in sentence case too,
		 * unless a name follows: "Conseil de surveillance Europe") */
		if (bl >= 3 && !c->used[k] &&
		    ((TOKS(d)[k + bl - 1].flags & NKG_TOK_CAP) ||
		     !(k + bl < s->tok1 && nkg_m_is_name_tok(c, k + bl)))) {
			k += bl;
			continue;
		}
		if (!RUN_TOK(k)) {
			k++;
			continue;
		}
		size_t e = k + 1;
		while (e < s->tok1) {
			if (RUN_TOK(e)) {
				e++;
				continue;
			}
			/* "News of the World", "Church of the Nazarene": an
			 * ordinary word, capitalised, its genitive link, an
			 * article and a name are one name */
			if ((e == k + 1 || (e >= k + 2 && nkg_lang_ends_in(s->lang->modifier_endings,
									  TOKS(d)[e - 2].fold, 2))) &&
			    e + 2 < s->tok1 && nkg_lang_in(nkg_m_org_key_links, TOKS(d)[e].fold) &&
			    !nkg_lang_in(s->lang->definite_articles, TOKS(d)[e].fold) &&
			    nkg_lang_in(s->lang->definite_articles, TOKS(d)[e + 1].fold) &&
			    !(TOKS(d)[e + 1].flags & NKG_TOK_CAP) && RUN_TOK(e + 2) &&
			    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(d)[e - 1].fold) &&
			    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[e - 1].fold) &&
			    c->title_at[e - 1] < 0 && !nkg_m_gaz_span(c, e - 1, e) &&
			    /* ("Diplômée de l'Essec", "Ancien de la Caisse":
			     * a sentence's first word says nothing) */
			    !nkg_m_sentence_initial(c, s, e - 1) &&
			    /* (nor a title's word: "the Chief of the X
			     * Division") */
			    !title_word(s->lang, TOKS(d)[e - 1].fold)) {
				e += 3;
				while (e < s->tok1 && RUN_TOK(e))
					e++;
				continue;
			}
			/* "Poitiers Basket 86", "Racing 92", "Schalke 04": a
			 * club's number closing its name; "Memphis 901 FC":
			 * or inside it, before the club or company word that
			 * ends it */
			int inner = (TOKS(d)[e].flags & NKG_TOK_NUM) && e + 1 < s->tok1 && RUN_TOK(e + 1) &&
				    (e + 2 == s->tok1 || !RUN_TOK(e + 2)) &&
				    (nkg_lang_in(s->lang->club_words, TOKS(d)[e + 1].fold) ||
				     nkg_m_org_word(TOKS(d)[e + 1].fold) == ORG_SUFFIX);
			/* ("Université Rennes 1", "Université Paris 8": one
			 * digit, after an institution's head and its place) */
			size_t nl = strlen(TOKS(d)[e].fold);
			int digits_ok = nl >= 2 || (nl == 1 && !inner && e >= k + 2 && nkg_m_institution_head(c, s, k));
			if ((TOKS(d)[e].flags & NKG_TOK_NUM) && e > k && digits_ok &&
			    (e - k >= 2 || inner || !nkg_m_sentence_initial(c, s, k)) && /* "After 25 years" */
			    nl <= 3 && strspn(TOKS(d)[e].fold, "0123456789") == nl &&
			    !(e + 1 < s->tok1 && (TOKS(d)[e + 1].flags & NKG_TOK_NUM))) {
				e += inner ? 2 : 1;
				break;
			}
			/* "Magnolia (Ark.) Regional Medical Center": a state's
			 * abbreviation in brackets inside an institution's name */
			if (!strcmp(TOKS(d)[e].fold, "(") && e + 3 < s->tok1 &&
			    !strcmp(TOKS(d)[e + 2].fold, ")") && RUN_TOK(e + 1) && RUN_TOK(e + 3) &&
			    nkg_lang_in(s->lang->abbreviations, TOKS(d)[e + 1].fold)) {
				e += 4;
				continue;
			}
			/* "Riverside Children's Hospital", "St. Luke's Baptist
			 * Hospital": a possessive inside an institution's name,
			 * which a company word ends */
			if (!strcmp(TOKS(d)[e].fold, "'s") && e + 1 < s->tok1 && RUN_TOK(e + 1)) {
				size_t r = e + 1;
				while (r < s->tok1 && RUN_TOK(r))
					r++;
				if (nkg_m_org_word(TOKS(d)[r - 1].fold) && !nkg_m_gaz_span(c, k, e)) {
					e = r;
					continue;
				}
			}
			if (!strcmp(TOKS(d)[e].fold, "&") && e + 1 < s->tok1 && nkg_m_is_name_tok(c, e + 1) &&
			    strcmp(TOKS(d)[e + 1].fold, "co.") && strcmp(TOKS(d)[e + 1].fold, "co") &&
			    strcmp(TOKS(d)[e + 1].fold, "cie")) {
				e += 2;
				continue;
			}
			/* Institutions: "Fédération française de voile", "Bank
			 * of England", "Office national des forêts". */
			/* ("Motion Picture Association of America": a head
			 * word ending a longer name takes its complement too) */
			/* "Shrewsbury and Telford Hospital NHS Trust": two
			 * places joined in the name of the organisation that
			 * serves both (the second run ends with a company
			 * word, the first is no first name) */
			if (e - k == 1 && e + 2 < s->tok1 && nkg_lang_in(s->lang->coord, TOKS(d)[e].fold) &&
			    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[k].fold) && nkg_m_is_name_tok(c, e + 1)) {
				size_t r = e + 1;
				while (r < s->tok1 && nkg_m_is_name_tok(c, r))
					r++;
				if (r - (e + 1) >= 2 && nkg_m_org_word(TOKS(d)[r - 1].fold) == ORG_SUFFIX &&
				    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[e + 1].fold)) {
					e = r;
					continue;
				}
			}
			if (nkg_m_institution_head(c, s, e - 1) ||
			    /* "l'association Les Amis du musée": a name the
			     * sentence calls an organisation keeps its
			     * lower-case complement */
			    (e + 1 < s->tok1 && k > s->tok0 &&
			     nkg_lang_in(s->lang->org_cue_before, TOKS(d)[k - 1].fold) &&
			     nkg_lang_in(s->lang->name_complement, TOKS(d)[e].fold) &&
			     /* (a genitive, not "en janvier": the
			      * acronym-link words that are no
			      * preposition of place or time) */
			     nkg_lang_in(nkg_m_org_key_links, TOKS(d)[e].fold) &&
			     /* (or its place: "l'association Vignes
			      * d'Occitanie") */
			     (lower_word(c, e + 1) || nkg_m_is_name_tok(c, e + 1) ||
			      (e + 2 < s->tok1 && nkg_lang_in(s->lang->complement_articles, TOKS(d)[e + 1].fold) &&
			       (lower_word(c, e + 2) || nkg_m_is_name_tok(c, e + 2))))) ||
			    /* "CHU Jean Monnet de Lorient": an institution
			     * named after a person, then its town */
			    (e - k >= 3 && (nkg_m_institution_head(c, s, k) == 1 ||
					    (in_any_lang(get_stop, TOKS(d)[k].fold) &&
					     nkg_m_institution_head(c, s, k + 1) == 1 && e - k >= 4)) &&
			     e + 1 < s->tok1 &&
			     nkg_lang_in(s->lang->name_complement, TOKS(d)[e].fold) &&
			     (TOKS(d)[e + 1].flags & NKG_TOK_CAP)) ||
			    /* "University Hospitals of North Midlands": a
			     * company word ending the name before "of" (a
			     * genitive: "Corbel Logistics for Harrow
			     * Freight" is two names) */
			    (e - k >= 2 && nkg_m_org_word(TOKS(d)[e - 1].fold) == ORG_SUFFIX &&
			     nkg_lang_in(s->lang->title_links, TOKS(d)[e].fold) &&
			     nkg_lang_in(nkg_m_org_key_links, TOKS(d)[e].fold)) ||
			    /* "Institut Français du Cheval" */
			    (e == k + 2 && nkg_m_institution_head(c, s, k) &&
			     in_any_lang(get_demonyms, TOKS(d)[e - 1].fold))) {
				size_t q = institution_end(c, s, e);
				if (q > e) {
					e = q;
					continue;
				}
			}
			/* "Banque Populaire du Nord": a known organisation's
			 * regional branch */
			size_t rb = nkg_m_regional_branch(c, s, k, e);
			if (rb > e) {
				e = rb;
				continue;
			}
			/* "L'Echo du Nord", "la Voix du Nord": a linked compass
			 * region closes a name (not the bare word: "Nord" alone
			 * after a name is a place of its own) */
			size_t cn = nkg_lang_in(s->lang->title_links, TOKS(d)[e].fold)
				    ? nkg_doc_match_list(d, e, s->tok1, s->lang->compass_regions) : 0;
			/* (nor a region of a known place: "Corse du Sud") */
			if (cn >= 2 && (TOKS(d)[e + cn - 1].flags & NKG_TOK_CAP) && !nkg_m_first_name(c, TOKS(d)[k].fold) &&
			    !gaz_place(c, k, e)) {
				e += cn;
				continue;
			}
			/* "University of Arkansas at Little Rock": an
			 * institution of a place, then its campus */
			if (nkg_lang_in(s->lang->campus_links, TOKS(d)[e].fold) && e + 1 < s->tok1 &&
			    RUN_TOK(e + 1) && nkg_m_institution_head(c, s, k) && e >= k + 3 &&
			    nkg_lang_in(nkg_m_org_key_links, TOKS(d)[k + nkg_m_institution_head(c, s, k)].fold)) {
				e += 2;
				while (e < s->tok1 && RUN_TOK(e))
					e++;
				continue;
			}
			/* Particles inside a person name: "Charles de Gaulle",
			 * "Ursula von der Leyen"; not "Hayes de Business
			 * Insider" (the part after "de" is then a new name). */
			const char *f = TOKS(d)[e].fold;
			size_t pe = e;
			while (pe < s->tok1 && pe < e + 2 &&
			       in_any_lang(get_particles, TOKS(d)[pe].fold) &&
			       !(TOKS(d)[pe].flags & NKG_TOK_CAP))
				pe++;
			if (pe > e && pe < s->tok1 && nkg_m_is_name_tok(c, pe) &&
			    !(nkg_m_sentence_initial(c, s, k) && nkg_m_common_word(c, s, k))) {
				int french_de = !strcmp(f, "de") || !strcmp(f, "d'") ||
						!strcmp(f, "du") || !strcmp(f, "des");
				size_t after = pe + 1;
				while (after < s->tok1 && nkg_m_is_name_tok(c, after))
					after++;
				int one_after = after == pe + 1;
				/* (longer for an institution: "Communauté de
				 * Communes du Val d'Orne") */
				int inst = french_de && nkg_m_org_prefix_tok(c, k) && e - k >= 3;
				int before_ok = (e - k <= 3 || inst) &&
						!(TOKS(d)[e - 1].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER));
				if (french_de && !inst && (e - k != 1 ||
						  !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[k].fold)) &&
				    !particle_surname(c, s, k, e, pe, after))
					before_ok = 0;
				/* "de La Rochère": a capitalised article after "de". */
				if (french_de && after == pe + 2 &&
				    (!strcmp(TOKS(d)[pe].fold, "la") || !strcmp(TOKS(d)[pe].fold, "le")))
					one_after = 1;
				if ((!french_de || one_after) && before_ok &&
				    !nkg_m_gaz_span(c, pe, after)) {
					e = after;
					continue;
				}
			}
			break;
		}
		/* "L'Assemblée générale du groupe Valmeyer", "Conseil
		 * d'administration de Veltrane": a governing body, then the
		 * company it governs, two names */
		size_t gk = k; /* (over "L'", "Le" opening the run) */
		while (gk < e && nkg_lang_in(s->lang->determiners, TOKS(d)[gk].fold))
			gk++;
		size_t gl = nkg_doc_match_list(d, gk, e, s->lang->governing_bodies);
		/* (not a known name: "Conseil d'État") */
		if (gl && gk + gl + 1 < e && nkg_lang_in(s->lang->title_links, TOKS(d)[gk + gl].fold) &&
		    !nkg_m_gaz_span(c, k, e) && !nkg_m_gaz_span(c, gk, e)) {
			size_t r = gk + gl + 1;
			while (r < e && !(TOKS(d)[r].flags & NKG_TOK_CAP))
				r++;
			if (r < e) {
				if ((rc = names_in_run(c, si, k, gk + gl)) ||
				    (rc = names_in_run(c, si, r, e)))
					return rc;
				k = e;
				continue;
			}
		}
		if ((rc = names_in_run(c, si, k, e)))
			return rc;
		k = e;
	}
	return 0;
#undef RUN_TOK
}
