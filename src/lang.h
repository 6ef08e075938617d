/* newskg — language knowledge as data (private to the stages: the public
 * part, the language's handle, is include/newskg/lang.h): one table set per
 * language (src/lang_fr.c, src/lang_en.c).  The extractor code holds no word lists;
 * adding a language means adding one file and one line in src/lang.c.
 *
 * All table strings are written already folded (lower case, accents
 * stripped, as nkg_fold makes them) so matching is a plain strcmp against
 * the folded token; multi-word entries list tokens as the tokenizer splits
 * them, separated by single spaces ("membre du conseil d' administration"). */
#ifndef NEWSKG_LANG_INT_H
#define NEWSKG_LANG_INT_H

#include "newskg/kb.h"
#include "newskg/lang.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A title: surface words (space-separated tokens as the tokenizer splits
 * them, e.g. "directeur général", "p.-d.g."), mapped to a role key. */
typedef struct nkg_title_entry {
	const char *words;
	const char *role;   /* key of roles.tsv */
} nkg_title_entry;

/* How a trigger's arguments are found. */
typedef enum {
	NKG_TRIG_TRANS = 0, /* organisation acts on a person: hire, fire, appoint */
	NKG_TRIG_INTRANS,   /* person acts, organisation is the complement: join,
			       leave, return, found */
	NKG_TRIG_NOUN       /* nominalisation: "le limogeage de X", "X's ouster" */
} nkg_trig_class;

/* A trigger: a word stem matched as a prefix of the folded token (verbs
 * conjugate), or an exact folded form when exact is set (nouns, irregular
 * forms).  Longest match wins. */
typedef struct nkg_trigger_entry {
	const char *stem;
	nkg_evkind kind;
	nkg_trig_class cls;
	int exact;
} nkg_trigger_entry;

/* A modality cue: a word (folded exact, or stem when prefix is set) that,
 * before a trigger in the same clause, makes the event non-asserted. */
typedef struct nkg_cue_entry {
	const char *word;
	nkg_modality mod;
	int prefix;
} nkg_cue_entry;

/* Relative day expressions: words (space-separated) -> day offset from the
 * article date. */
typedef struct nkg_relday_entry {
	const char *words;
	int offset;
} nkg_relday_entry;

/* A verb that states a role: "dirige X", "headed X", "chairs X". */
typedef struct nkg_role_verb_entry {
	const char *word;   /* folded form, exact; words separated by
			       spaces match a phrase ("a debute sa carriere") */
	const char *role;   /* role key */
	int former;         /* past tense: the role ended */
} nkg_role_verb_entry;

typedef struct nkg_lang {
	const char *code;                 /* "fr", "en" */
	const char *const *stopwords;     /* language detection, sentence-initial
					     capitals that are not names */
	const char *const *months;        /* 12 names, then abbreviations (12) */
	const char *const *weekdays;      /* 7 names, Monday first */
	const char *const *last_words;    /* "dernier" / "last": previous week */
	const char *const *part_of_day;   /* "soir", "matin", "late": ignored
					     around a weekday */
	const nkg_relday_entry *reldays;  /* "hier" -> -1 ... */
	const char *const *year_before;   /* "fin", "début", "en", "late" + YYYY */
	const char *const *last_year;     /* "l'année dernière" as token lists */
	const char *const *this_year;     /* "cette année", "at the end of the year" */
	const char *const *coming_year;   /* "l'an prochain", "next year" */
	const char *const *last_month;    /* "le mois dernier", "last month" */
	const char *const *this_month;    /* "ce mois-ci", "earlier this month" */
	const char *const *next_month;    /* "le mois prochain", "next month" */
	const char *const *unknown_dates; /* "la semaine dernière": a date too vague
					     to state; binds but gives none */
	const nkg_title_entry *titles;
	const char *const *former;        /* "ancien", "former", "ex" */
	const char *const *interim_before;/* "interim", "acting" */
	const char *const *interim_after; /* "par intérim" (token lists) */
	const char *const *title_links;   /* "de", "d'", "du", "of", "at" */
	const char *const *org_links;     /* "chez", "at": next entity is an org */
	const char *const *determiners;   /* "le", "la", "l'", "the", "son" */
	const char *const *new_words;     /* "nouveau", "new", "actuel" */
	const char *const *coord;         /* "et", "and", "&" */
	const char *const *clause_open;   /* "que", "qu'", "that" */
	const char *const *relative;      /* "qui", "who", "which" */
	const char *const *as_words;      /* "en tant que", "comme", "as" */
	const char *const *be_aux;        /* passive auxiliaries: "été", "was" */
	const char *const *neg_before;    /* "ne", "n'", "not", "never" */
	const char *const *neg_after;     /* "pas", "jamais", "plus" */
	const char *const *subj_pronouns; /* "il", "elle", "he", "she" */
	const char *const *plural_pronouns;/* "ils", "they" */
	const nkg_trigger_entry *triggers;
	const nkg_role_verb_entry *role_verbs;
	const nkg_cue_entry *cues;
	const char *const *concessive;    /* "même si", "even though": not a
					     condition (token lists) */
	const char *const *conditional_endings; /* verb endings of the
					     conditional mood ("rait") */
	const char *const *reporting_verbs; /* "annoncé", "said": future-in-past
					     after them is asserted */
	const char *const *governing_bodies; /* "conseil d'administration",
					     "board": the organisation's board */
	const char *const *org_cue_before;/* words that make the next name an
					     organisation: "société", "groupe" */
	const char *const *person_cue_before; /* "m.", "mme", "mr", "dr" */
	const char *const *org_suffixes;  /* last word of org names: "inc", "sa" */
	const char *const *org_prefixes;  /* first word of org names: "banque" */
	const char *const *name_particles;/* "de", "van", "von", "de la" parts */
	const char *const *noise_lines;   /* paragraph prefixes of page furniture */
	const char *const *comment_markers; /* a paragraph starting with one of these
					     followed by "NAME |" opens comments */
	const char *const *comment_headers; /* "commentaires", "comments": a short
					     line opening the readers' section */
	const char *const *possessive_before; /* "son", "sa", "his", "her": the title
					     belongs to a person named nearby */
	const char *const *head_verbs;    /* "pour diriger", "to lead": the person
					     heads something at the organisation */
	const char *const *by_words;      /* "par", "by": agent of a passive */
	const char *const *copulas;       /* "est", "devient", "remains": X is TITLE */
	const char *const *demonyms;      /* "Dutch", "kényan": not names */
	const char *const *abbreviations; /* "oct.", "inc.", "mr.": the period is
					     part of the word, not a sentence end */
	const char *const *inclusion;     /* "dont", "including": a member of a
					     group named just before */
	const char *const *purpose;       /* "to become", "pour rejoindre": what
					     follows is the next move */
	const char *const *become;        /* "devenir", "become": X becomes TITLE */
	const char *const *future_aux;    /* "would", "will": future in the past
					     after "said that" */
	const char *const *future_from;   /* "à compter du", "effective": the date
					     that follows is still to come */
	const char *const *apposition_adverbs; /* "X, jusqu'ici directeur": words
					     between the comma and the title */
	const char *const *succeeds;      /* "succède à", "remplace", "replacing":
					     the person named next held the role
					     the subject takes, and leaves it */
	const char *const *succession_with; /* "par", "with": "replace X with Y"
					     names the successor Y */
	const char *const *origin_words;  /* "from", "en provenance de": "joins Y
					     from X", X is left */
	const char *const *where_words;   /* "where", "où": "X, where she was CFO"
					     puts the title at X */
	const char *const *promoted_to;   /* "to", "au poste de": "promoted X to
					     TITLE" gives X the title */
	const char *const *future_words;  /* "will": a date after it is still to
					     come */
	const char *const *future_endings;/* "ra", "ront": the French future tense */
	const char *const *until_words;   /* "until", "jusqu'": a date after them
					     ends something; it dates no move */
	const char *const *takes_office;  /* "started", "prendra ses fonctions":
					     with a date, dates the subject's
					     move told before */
	const char *const *name_complement;/* "de", "des": open a lower-case
					     complement of an institution's name
					     ("Office national des forêts") */
	const char *const *complement_articles;/* "la", "l'": may follow
					     "de" there ("Agence nationale de la
					     recherche") */
	const char *const *adjective_endings;/* "ique", "aux": a lower-case
					     word that qualifies the noun before
					     ("des arts plastiques") */
	const char *const *active_endings;/* "ing", "ant": a participle that is
					     active ("X, poaching him from Y") */
	const char *const *indefinites;   /* "a", "une": "to join a start-up"
					     names no organisation of the story */
	const char *const *hands_over;    /* "cède sa place à", "hands over to": the
					     subject leaves, the person after takes
					     the role */
	const char *const *successor_nouns; /* "successeur", "successor": "son
					     successeur, Y" takes the role of
					     whoever just left */
	const char *const *board_words;   /* "the board", "au conseil
					     d'administration": joining it makes a
					     board member */
	const char *const *feminine_pronouns; /* "elle", "she": the other
					     subject pronouns are masculine */
	const char *const *person_modifier_endings; /* "-born": of those
					     modifiers, the one said of people */
	const char *const *saint_words;   /* "St.", "Saint": a name they open
					     is a place or an institution */
	const char *const *team_heads;    /* "stade": with a capitalised
					     word after it (no "de"), a team */
	const char *const *credentials;   /* "MD", "PhD" after a name and a
					     comma: degrees, no names */
	const char *const *name_suffixes; /* "Jr.", "III" closing a name: a
					     person's generation */
	const char *const *person_possessives; /* "his", "her": said of a
					     person, never of a company */
	const char *const *org_anaphors;  /* "l'établissement", "the company":
					     the story's organisation */
	const char *const *elected_words; /* "élu", "elected": who is elected
					     at the head of an organisation is
					     its president */
	const char *const *contracted_articles; /* "au le": a contraction
					     and the article it holds */
	const char *const *definite_articles; /* "le", "the": "le club", "the
					     company" speak of an organisation
					     named before */
	const char *const *modifier_endings; /* "-based", "-born": a word that
					     qualifies the name after it
					     ("Chicago-based CommonSpirit") */
	const char *const *institution_heads; /* "préfecture", "académie", "chu":
					     a lower-case (or acronym) head word
					     that names an institution with the
					     place or name after "de" ("la
					     préfecture du Cantal") */
	const char *const *ministries;    /* pairs: a minister's title word
					     and the head of the ministry's
					     name ("ministre", "ministère") */
	const char *const *helm_words;    /* "helm" (at X's helm) */
	const char *const *possessive_marks; /* "'s", "'": "Galena's CEO" */
	const char *const *participle_endings; /* "é", "ée", "i" (as written,
					     accents kept): "X nommé", "X
					     choisi", a past participle, says X
					     was acted on */
	const char *const *division_words; /* "activités", "division": a
					     chief's title of one is a head's */
	const char *const *idioms;        /* "renvoyé devant la justice",
					     "quitte à": a trigger's word in a
					     phrase that tells no move */
	const char *const *pluperfect_aux; /* "avait", "had": a move told in
					     the pluperfect came before the
					     news, never dated with it */
	const char *const *post_nouns;    /* pairs: a post's noun closing a
					     move's phrase and its role key
					     ("quitte la présidence": president) */
	const char *const *opponent_words; /* "contre", "against": who is
					     played or sued is not what the
					     story is about */
	const char *const *venue_words;   /* "stade", "stadium", "équipe": the
					     name after one is no club's town */
	const char *const *sport_words;   /* "entraîneur", "championnat",
					     "league": an article with three
					     of them tells of sport, where a
					     town stands for its club (token
					     lists) */
	const char *const *country_preps; /* "en" (France): a place after it
					     is a country or region, no club */
	const char *const *joint_words;   /* "joint", "co-": "joint executive
					     directors", a title shared */
	const char *const *comitative_words; /* "along with", "ainsi que": the
					     people after share the move told */
	const char *const *demonym_endings; /* "-ais", "-ois": "le Stade rennais",
					     a venue word and a town's adjective name a
					     club */
	const char *const *announce_verbs; /* "annonce", "announced": a one-word
					     name opening the sentence that announces
					     a move is an organisation */
	const char *const *leave_objects; /* "the meeting", "la salle", "le
					     terrain": what one leaves that is no post */
	const char *const *fronted_clauses; /* "après avoir", "after": a move told
					     at the sentence's start, its subject after
					     the comma, background to the main one */
	const char *const *no_longer;     /* "n'est plus", "is no longer": the
					     title after is one the subject left */
	const char *const *place_preps;   /* "à", "in": "au Musée Hébert à
					     Limoges", the town an organisation is in */
	const char *const *career_starts; /* "a débuté sa carrière", "began her
					     career": where a career began, told in
					     passing (an employee's role there, a move
					     the article does not date, at a place
					     it names) */
	const char *const *acronym_links; /* "pour", "de la", "for", "of": words
					     an acronym may leave out ("Action pour
					     la protection des droits de l'homme
					     (APDH)") */
	const char *const *genitive_relatives; /* "dont", "whose": "X, dont elle
					     a pris la tête" is about X's post */
	const char *const *org_clitics;   /* "en": "d'en prendre la direction"
					     stands for the organisation named
					     before */
	const char *const *org_possessives; /* "its", "son", "leur": "ousted
					     its CFO" is the organisation's */
	const char *const *novelty_words; /* "nouveau", "new", "incoming": a
					     post just taken */
	const char *const *inverted_copulas; /* "est", "is", "was": "Le nouveau
					     PDG de X est Y" names Y after it */
	const char *const *remit_phrases; /* "en charge de", "in charge of":
					     a title's remit follows (token
					     lists) */
	const char *const *remit_links;   /* "for": "Director for Social
					     Affairs" names a remit, no
					     organisation */
	const char *const *compass_regions; /* "du nord", "grand ouest": a
					     region a known organisation's
					     branch is named with (token lists) */
	const char *const *emphatics;     /* "lui-même", "himself": a pronoun
					     that repeats the apposition's head */
	const char *const *alumni_words;  /* "un ancien de", "a veteran of": who
					     worked at the organisations after */
	const char *const *municipality_heads; /* "commune", "ville", "mairie"
					     (de X): one town's council named with
					     any of them; the first is canonical */
	const char *const *plural_anaphors; /* "les deux hommes", "both
					     men": the people just named
					     together */
	const char *const *name_like_titles; /* "dean": a title that is also
					     a first name ("Dean French") when
					     a capitalised word follows */
	const char *const *club_words;    /* "Racing", "Club", "United": an
					     organisation named with them may be
					     called by its town ("Narbonne") */
	const char *const *source_words;  /* "selon", "according to": what
					     follows is a source */
	const char *const *years_ago_before; /* "il y a", "voilà": N years
					     back from the article ... */
	const char *const *years_ago_after; /* ... "ans" / "years ago" */
	const char *const *number_words;  /* "un", "deux" ... by value from 1;
					     "" for a gap */
	const char *const *function_words; /* "Communications", "Finances":
					     a department a title names, not an
					     organisation ("vice president of
					     Global Communications") */
	const char *const *nationality_nouns; /* "Spaniard", "Frenchman":
					     after "the", a person said again */
	const char *const *competitions;  /* "champion de", "coupe de",
					     "qualified for": in a story of
					     sport, the place after is no club */
	const char *const *place_adjectives; /* "central", "northern": part
					     of a place's name in an
					     institution's ("Central Michigan
					     University") */
	const char *const *given_name_variants; /* pairs: a short form and
					     the given name it stands for
					     ("marty", "martin"): "Marty
					     Baron" is "Martin Baron" */
	const char *const *remit_word_links; /* "of": "Director of Athletics",
					     one capitalised ordinary word
					     after it is the title's remit
					     (French "du Cantal" names a
					     place: none) */
	const char *const *title_seconds; /* pairs: a word before a title
					     that makes its holder a second
					     ("deputy", "associate") and the
					     role key the whole gets */
	const char *const *subordinators; /* "comme", "lorsque", "while": a
					     clause between a subject and its
					     verb ("X comme elle préfère être
					     appelée ..., prendra") */
	const char *const *demonstratives; /* "cette", "this": "Cette ancienne
					     commissaire a été nommée": a title
					     speaking of someone just named */
	const char *const *goes_to;       /* "parti à", "partie chez": a
					     departure told by where one went;
					     an organisation right after is
					     joined */
	const char *const *whose_words;   /* "dont", "whose": "X, dont le
					     président Y": the title is X's */
	const char *const *campus_links;  /* "at": "University of Arkansas at
					     Little Rock", a campus in the name */
	const char *const *leave_for;     /* "pour", "for": leaving one
					     organisation for another named
					     right after joins that one */
	const char *const *latest_anaphors; /* pairs: "ce dernier", "the
					     latter" and its gender ("m", "f",
					     "" unknown): the person named last */
	const char *const *noun_acronyms; /* "TVA", "PME", "GDP": acronyms of
					     ordinary nouns, which take an
					     article and name no one */
	const char *const *study_words;   /* "diplômée de", "a graduate of":
					     the name after is a school, no
					     person (and no employer) */
	const char *const *held_by;       /* "assurée", "held": "La présidence
					     de X est assurée par Y" gives Y
					     the post the noun names */
	const char *const *proposers;     /* "sur proposition de", "on the
					     recommendation of": who proposes
					     an appointment makes no move */
	const char *const *reference_words; /* "voir", "see": "(voir 16 juin
					     2020)" names an earlier article,
					     no date of the story */
	const char *const *co_prefixes;   /* "co-", "co": a title shared
					     ("co-directeurs", "coprésident",
					     "co-chair") is the title's role */
	const char *const *person_nouns;  /* "quadragénaire", "year-old"
					     (an ending): a person said again
					     by age, opening a sentence after
					     a definite article */
	const char *const *since_words;   /* "depuis", "since": a post held
					     since a date began then */
	const char *const *title_open;    /* "chief" ... */
	const char *const *title_close;   /* ... "officer": an executive's
					     title the table does not list */
	const char *const *generic_org_tails; /* "health", "groupe": "Henry
					     Ford Health" is "Henry Ford" said
					     in full */
	const char *const *range_open;    /* "de" 2009 "à" 2017, "from" ... */
	const char *const *range_mid;     /* ... "to", "until", "à", "et" */
	const char *const *object_relatives; /* "qu'", "which": "le comité
					     qu'il a rejoint" joins the antecedent */
	const char *const *next_year;     /* "l'année suivante", "the
					     following year": the year after
					     the date told before */
	const char *const *then_words;    /* "puis", "then": the next step
					     of a career told in one sentence */
	const char *const *perfect_aux;   /* "a" (été), "has" (been) */
	const char *const *portfolio_titles; /* "minister", "ministre": a name
					     joined to such a title is its
					     portfolio ("Finance Minister X"),
					     not an organisation */
	const char *const *page_chrome;   /* words of HTML class and id names
					     ("share", "related", "cookie",
					     "lire-aussi"): the element is page
					     furniture, not the article (src/html.c);
					     matched whole or as one part of a
					     hyphenated name */
	const char *const *page_bylines;  /* "byline", "author", "auteur": the
					     element names the author; its text
					     is a byline line of its own */
} nkg_lang;

/* A language file defines one static table per field, named like the
 * field, then: const nkg_lang nkg_lang_xx = NKG_LANG_TABLES("xx"); */
#define NKG_LANG_TABLES(lang_code) { \
	.code = lang_code, \
	.stopwords = stopwords, \
	.months = months, \
	.weekdays = weekdays, \
	.last_words = last_words, \
	.part_of_day = part_of_day, \
	.reldays = reldays, \
	.year_before = year_before, \
	.last_year = last_year, \
	.this_year = this_year, \
	.coming_year = coming_year, \
	.last_month = last_month, \
	.this_month = this_month, \
	.next_month = next_month, \
	.unknown_dates = unknown_dates, \
	.titles = titles, \
	.former = former, \
	.interim_before = interim_before, \
	.interim_after = interim_after, \
	.title_links = title_links, \
	.org_links = org_links, \
	.determiners = determiners, \
	.new_words = new_words, \
	.coord = coord, \
	.clause_open = clause_open, \
	.relative = relative, \
	.as_words = as_words, \
	.be_aux = be_aux, \
	.neg_before = neg_before, \
	.neg_after = neg_after, \
	.subj_pronouns = subj_pronouns, \
	.plural_pronouns = plural_pronouns, \
	.triggers = triggers, \
	.role_verbs = role_verbs, \
	.cues = cues, \
	.concessive = concessive, \
	.conditional_endings = conditional_endings, \
	.reporting_verbs = reporting_verbs, \
	.governing_bodies = governing_bodies, \
	.org_cue_before = org_cue_before, \
	.person_cue_before = person_cue_before, \
	.org_suffixes = org_suffixes, \
	.org_prefixes = org_prefixes, \
	.name_particles = name_particles, \
	.noise_lines = noise_lines, \
	.comment_markers = comment_markers, \
	.comment_headers = comment_headers, \
	.possessive_before = possessive_before, \
	.head_verbs = head_verbs, \
	.by_words = by_words, \
	.copulas = copulas, \
	.demonyms = demonyms, \
	.abbreviations = abbreviations, \
	.inclusion = inclusion, \
	.purpose = purpose, \
	.become = become, \
	.future_aux = future_aux, \
	.future_from = future_from, \
	.apposition_adverbs = apposition_adverbs, \
	.succeeds = succeeds, \
	.succession_with = succession_with, \
	.origin_words = origin_words, \
	.where_words = where_words, \
	.board_words = board_words, \
	.feminine_pronouns = feminine_pronouns, \
	.person_modifier_endings = person_modifier_endings, \
	.saint_words = saint_words, \
	.team_heads = team_heads, \
	.credentials = credentials, \
	.name_suffixes = name_suffixes, \
	.person_possessives = person_possessives, \
	.org_anaphors = org_anaphors, \
	.elected_words = elected_words, \
	.contracted_articles = contracted_articles, \
	.definite_articles = definite_articles, \
	.modifier_endings = modifier_endings, \
	.institution_heads = institution_heads, \
	.portfolio_titles = portfolio_titles, \
	.page_chrome = page_chrome, \
	.page_bylines = page_bylines, \
	.perfect_aux = perfect_aux, \
	.then_words = then_words, \
	.next_year = next_year, \
	.object_relatives = object_relatives, \
	.range_open = range_open, \
	.generic_org_tails = generic_org_tails, \
	.title_open = title_open, \
	.since_words = since_words, \
	.function_words = function_words, \
	.years_ago_before = years_ago_before, \
	.source_words = source_words, \
	.club_words = club_words, \
	.name_like_titles = name_like_titles, \
	.plural_anaphors = plural_anaphors, \
	.helm_words = helm_words, \
	.municipality_heads = municipality_heads, \
	.alumni_words = alumni_words, \
	.emphatics = emphatics, \
	.possessive_marks = possessive_marks, \
	.compass_regions = compass_regions, \
	.remit_links = remit_links, \
	.remit_phrases = remit_phrases, \
	.inverted_copulas = inverted_copulas, \
	.novelty_words = novelty_words, \
	.org_possessives = org_possessives, \
	.org_clitics = org_clitics, \
	.genitive_relatives = genitive_relatives, \
	.joint_words = joint_words, \
	.comitative_words = comitative_words, \
	.acronym_links = acronym_links, \
	.career_starts = career_starts, \
	.place_preps = place_preps, \
	.no_longer = no_longer, \
	.fronted_clauses = fronted_clauses, \
	.leave_objects = leave_objects, \
	.announce_verbs = announce_verbs, \
	.demonym_endings = demonym_endings, \
	.sport_words = sport_words, \
	.venue_words = venue_words, \
	.opponent_words = opponent_words, \
	.post_nouns = post_nouns, \
	.pluperfect_aux = pluperfect_aux, \
	.idioms = idioms, \
	.division_words = division_words, \
	.participle_endings = participle_endings, \
	.country_preps = country_preps, \
	.years_ago_after = years_ago_after, \
	.number_words = number_words, \
	.nationality_nouns = nationality_nouns, \
	.person_nouns = person_nouns, \
	.co_prefixes = co_prefixes, \
	.reference_words = reference_words, \
	.proposers = proposers, \
	.held_by = held_by, \
	.study_words = study_words, \
	.noun_acronyms = noun_acronyms, \
	.latest_anaphors = latest_anaphors, \
	.competitions = competitions, \
	.leave_for = leave_for, \
	.campus_links = campus_links, \
	.whose_words = whose_words, \
	.goes_to = goes_to, \
	.demonstratives = demonstratives, \
	.subordinators = subordinators, \
	.title_seconds = title_seconds, \
	.remit_word_links = remit_word_links, \
	.given_name_variants = given_name_variants, \
	.place_adjectives = place_adjectives, \
	.title_close = title_close, \
	.range_mid = range_mid, \
	.ministries = ministries, \
	.successor_nouns = successor_nouns, \
	.hands_over = hands_over, \
	.indefinites = indefinites, \
	.active_endings = active_endings, \
	.takes_office = takes_office, \
	.until_words = until_words, \
	.name_complement = name_complement, \
	.complement_articles = complement_articles, \
	.adjective_endings = adjective_endings, \
	.future_words = future_words, \
	.promoted_to = promoted_to, \
	.future_endings = future_endings, \
}

/* The table set for a language code, or NULL. */
/* All languages, NULL-terminated (for detection). */
extern const nkg_lang *const nkg_langs[];

/* Membership in a NULL-terminated word list (folded exact match).  Lists
 * of the registered languages are hashed once (thread-safe); any other list
 * is scanned. */
int nkg_lang_in(const char *const *list, const char *folded);

/* Whether folded ends with one of the endings of list, leaving at least
 * min_stem bytes before it ("rejoindra" ends in "ra"). */
int nkg_lang_ends_in(const char *const *list, const char *folded, size_t min_stem);

/* Entries of a word list whose first word is first (folded): the
 * candidates a multi-word match at a token needs to try.  *n receives their
 * count; the array is owned by the library. */
const char *const *nkg_lang_list_candidates(const char *const *list,
					    const char *first, size_t *n);
/* Title entries whose first word is first. */
const nkg_title_entry *const *nkg_lang_title_candidates(const nkg_lang *l,
							const char *first,
							size_t *n);
/* Trigger entries that may match at a token: exact entries whose first
 * word is tok, and stems that are a prefix of tok. */
const nkg_trigger_entry *const *nkg_lang_trigger_candidates(const nkg_lang *l,
							    const char *tok,
							    size_t *n);
/* Whether the single word f is a trigger of class cls (any class when
 * cls < 0); a founding does not count when moves_only is set. */
int nkg_lang_trigger_word(const nkg_lang *l, const char *f, int cls, int moves_only);
/* Whether the single word f is a trigger of kind kind ("remercié",
 * "sacked" for a dismissal), of any class. */
int nkg_lang_trigger_word_kind(const nkg_lang *l, const char *f, nkg_evkind kind);
/* Cue entries that may match at a token (same rule as triggers). */
const nkg_cue_entry *const *nkg_lang_cue_candidates(const nkg_lang *l,
						    const char *tok, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
