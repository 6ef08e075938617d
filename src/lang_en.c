/* newskg — English language tables.  Entries are folded (see lang.h). */
#include "newskg/lang.h"
#include "lang.h"

static const char *const stopwords[] = {
	"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for",
	"with", "by", "from", "is", "are", "was", "were", "be", "been", "being",
	"has", "have", "had", "it", "its", "he", "she", "they", "we", "you", "i",
	"his", "her", "their", "our", "your", "this", "that", "these", "those",
	"which", "who", "whom", "whose", "what", "when", "where", "why", "how",
	"not", "no", "but", "if", "as", "so", "than", "then", "there", "here",
	"after", "before", "while", "during", "since", "until", "about", "over",
	"under", "into", "onto", "also", "just", "only", "still", "yet", "even",
	"however", "meanwhile", "according", "although", "though", "because",
	"will", "would", "could", "should", "may", "might", "must", "can",
	"do", "does", "did", "said", "says", "say", "more", "most", "many",
	"much", "some", "any", "all", "each", "every", "other", "another",
	"such", "both", "either", "neither", "now", "today", "yesterday",
	"tomorrow", "breaking", "update", "updated", "read", "share", "more",
	"last", "late", "early", "earlier", "later", "mr", "ms", "mrs", "dr",
	"sir", "dear", "hello", "thanks", "yes", "well", "oh", "so", "let",
	"let's", "meanwhile", "instead", "indeed", "still", "however", "ai",
	NULL
};

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.",
	"sep.", "oct.", "nov.", "dec.", NULL
};
static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};
static const char *const last_words[] = { "last", "past", NULL };
static const char *const part_of_day[] = {
	"late", "early", "morning", "evening", "night", "afternoon", NULL
};
static const nkg_relday_entry reldays[] = {
	{ "the day before yesterday", -2 }, { "yesterday", -1 },
	{ "last night", -1 }, { "today", 0 }, { "this morning", 0 },
	{ "this afternoon", 0 }, { "this evening", 0 }, { "tonight", 0 },
	{ "earlier today", 0 }, { "tomorrow", 1 }, { NULL, 0 }
};
static const char *const year_before[] = {
	"late", "early", "mid", "in", "since", "end of", "spring", "summer",
	"autumn", "fall", "winter", "at the end of", "by the end of",
	"the end of", "at the start of", "the start of", "at the beginning of",
	"the beginning of", "in early", "in late", "in mid", "earlier in",
	"later in",
	/* "the summer of 2021", "in the fall of 2019" */
	"the spring of", "the summer of", "the autumn of", "the fall of", "the winter of",
	"spring of", "summer of", "autumn of", "fall of", "winter of", NULL
};
static const char *const last_month[] = { "last month", "earlier last month", NULL };
static const char *const next_month[] = { "next month", "later next month", "early next month", NULL };
static const char *const this_month[] = {
	"this month", "earlier this month", "later this month", "at the end of this month",
	"at the end of the month", "by the end of the month", "end of the month", NULL
};
static const char *const last_year[] = { "last year", NULL };
static const char *const coming_year[] = {
	"next year", "early next year", "later next year", "by next year", NULL
};
static const char *const this_year[] = {
	"this year", "at the end of the year", "by the end of the year", "end of the year", "later this year", "at year end", "at year-end", "by year-end",
	"this summer", "this spring", "this fall", "this autumn", NULL
};
static const char *const unknown_dates[] = {
	"last week", "last weekend", "this week", "over the weekend",
	"this weekend", "earlier this week", NULL
};

static const nkg_title_entry titles[] = {
	{ "chief executive officer", "ceo" }, { "chief executive", "ceo" },
	{ "ceo", "ceo" }, { "co-ceo", "ceo" }, { "boss", "ceo" },
	{ "managing director", "ceo" },
	{ "chief operating officer", "coo" }, { "coo", "coo" },
	{ "chief financial officer", "cfo" }, { "cfo", "cfo" },
	{ "treasurer", "executive" },
	{ "finance chief", "cfo" }, { "finance director", "cfo" }, { "financial director", "cfo" },
	/* "Airbus sales chief X": a function's chief */
	{ "sales chief", "executive" }, { "marketing chief", "executive" },
	{ "communications chief", "executive" }, { "strategy chief", "executive" },
	{ "commercial chief", "executive" }, { "digital chief", "executive" },
	{ "legal chief", "executive" }, { "investment chief", "executive" },
	{ "business development chief", "executive" },
	{ "technology chief", "cto" }, { "operations chief", "coo" },
	{ "chief technology officer", "cto" }, { "cto", "cto" },
	{ "chief technical officer", "cto" },
	{ "chief scientist", "chief_scientist" },
	{ "chief science officer", "chief_scientist" },
	{ "chief scientific officer", "chief_scientist" },
	{ "chairman", "chair" }, { "chairwoman", "chair" },
	{ "chairperson", "chair" }, { "chair", "chair" },
	{ "board chair", "chair" }, { "chairman of the board", "chair" },
	{ "president", "president" },
	{ "vice president", "vice_president" },
	{ "deputy chair", "vice_president" }, { "deputy chairman", "vice_president" },
	{ "deputy chairwoman", "vice_president" }, { "vice chair", "vice_president" },
	{ "deputy leader", "vice_president" }, { "deputy mayor", "official" },
	{ "vice-chair", "vice_president" }, { "vice chairman", "vice_president" },
	{ "vice-chairman", "vice_president" }, { "vice chairwoman", "vice_president" },
	{ "vice-president", "vice_president" }, { "vp", "vice_president" },
	{ "senior vice president", "vice_president" },
	{ "executive vice president", "vice_president" },
	{ "board member", "board_member" }, { "director", "executive" },
	{ "non-executive director", "board_member" },
	{ "non-executive chairman", "chair" }, { "non-executive chair", "chair" },
	{ "executive chairman", "chair" }, { "executive chair", "chair" },
	{ "executive chairwoman", "chair" }, { "co-chief executive", "ceo" },
	{ "co-chief executives", "ceo" }, { "co-chief executive officer", "ceo" },
	{ "co-chief executive officers", "ceo" }, { "co-ceos", "ceo" },
	{ "chief executives", "ceo" },
	{ "board director", "board_member" },
	{ "member of the board", "board_member" },
	/* (the whole body: "Chairman of the Board of Directors" leaves no
	 * "Directors" behind to be taken for a name) */
	{ "chairman of the board of directors", "chair" },
	{ "chairwoman of the board of directors", "chair" },
	{ "chair of the board of directors", "chair" },
	{ "chairman of the board of trustees", "chair" },
	{ "chair of the board of trustees", "chair" },
	{ "member of the board of directors", "board_member" },
	{ "member of the board of trustees", "board_member" },
	{ "independent director", "board_member" },
	{ "founder", "founder" }, { "co-founder", "founder" },
	{ "cofounder", "founder" }, { "founders", "founder" },
	{ "co-founders", "founder" },
	{ "executive", "executive" }, { "senior executive", "executive" },
	{ "chief marketing officer", "executive" },
	{ "chief product officer", "executive" },
	{ "chief data officer", "executive" }, { "chief digital officer", "executive" },
	{ "chief information officer", "executive" }, { "cio", "executive" },
	{ "chief legal officer", "executive" }, { "chief strategy officer", "executive" },
	{ "chief commercial officer", "executive" }, { "chief risk officer", "executive" },
	{ "chief medical officer", "executive" }, { "chief compliance officer", "executive" },
	{ "chief investment officer", "executive" }, { "chief administrative officer", "executive" },
	{ "chief communications officer", "executive" },
	{ "deputy chief risk officer", "executive" },
	{ "chief human resources officer", "executive" }, { "partner", "executive" },
	{ "managing partner", "executive" }, { "general manager", "executive" },
	{ "chief people officer", "executive" },
	{ "general counsel", "executive" },
	{ "executive director", "executive" },
	{ "head of", "head" },
	{ "leader", "head" },
	{ "employee", "employee" }, { "engineer", "employee" },
	{ "researcher", "employee" }, { "staffer", "employee" },
	{ "auditor", "employee" }, { "analyst", "employee" }, { "consultant", "employee" },
	{ "banker", "employee" }, { "investment banker", "employee" },
	{ "lawyer", "employee" }, { "attorney", "employee" }, { "accountant", "employee" },
	{ "economist", "employee" },
	{ "journalist", "journalist" }, { "reporter", "journalist" },
	{ "editor", "journalist" }, { "editor-in-chief", "journalist" },
	{ "correspondent", "journalist" }, { "columnist", "journalist" },
	{ "minister", "official" }, { "prime minister", "official" },
	{ "commissioner", "official" }, { "senator", "official" },
	{ "secretary", "official" }, { "governor", "official" },
	/* abbreviated before a name: "Maryland Gov. Larry Hogan", "Sen. X" */
	{ "gov.", "official" }, { "sen.", "official" }, { "lt. gov.", "official" },
	{ "chief of staff", "executive" }, { "deputy chief of staff", "executive" },
	/* the head of an international body, a union or a charity */
	{ "director general", "head" }, { "director-general", "head" },
	{ "secretary general", "head" }, { "secretary-general", "head" },
	{ "general secretary", "head" },
	{ "mayor", "official" }, { "congressman", "official" },
	{ "congresswoman", "official" }, { "lawmaker", "official" },
	{ "spokesman", "employee" }, { "spokeswoman", "employee" },
	{ "spokesperson", "employee" },
	/* sport */
	{ "manager", "head" }, { "head coach", "head" }, { "coach", "head" },
	{ "assistant manager", "employee" }, { "assistant coach", "employee" },
	{ "first-team coach", "employee" }, { "goalkeeping coach", "employee" },
	{ "caretaker manager", "head" }, { "director of football", "executive" },
	{ "sporting director", "executive" },
	/* universities, hospitals, public bodies, press */
	{ "provost", "executive" }, { "chancellor", "head" },
	/* the head of a university of the Commonwealth, and deputies */
	{ "vice chancellor", "head" }, { "vice-chancellor", "head" },
	{ "deputy vice chancellor", "vice_president" }, { "deputy vice-chancellor", "vice_president" },
	{ "pro-vice-chancellor", "vice_president" },
	/* (capitalised before a name, "Dean French" is one: name_like_titles) */
	{ "dean", "head" }, { "professor", "employee" }, { "lecturer", "employee" },
	{ "superintendent", "head" }, { "administrator", "executive" },
	{ "publisher", "executive" }, { "president and publisher", "president" },
	{ "managing editor", "journalist" }, { "executive editor", "journalist" },
	{ "chief medical officer", "executive" }, { "chief nursing officer", "executive" },
	{ "chief administrative officer", "executive" },
	{ "ambassador", "official" }, { "deputy minister", "official" },
	{ NULL, NULL }
};

static const char *const former[] = {
	"former", "ex", "ex-", "onetime", "one-time", "previous", "erstwhile",
	"previously", "formerly", NULL
};
static const char *const interim_before[] = {
	"interim", "acting", "temporary", NULL
};
static const char *const interim_after[] = {
	"on an interim basis", "ad interim", NULL
};
/* ("an auditor with Ernst & Young") */
static const char *const title_links[] = { "of", "at", "for", "with", NULL };
static const char *const org_links[] = { "at", NULL };
static const char *const determiners[] = {
	"the", "a", "an", "its", "his", "her", "their", "our", "this", NULL
};
static const char *const new_words[] = {
	"new", "current", "incoming", "outgoing", "longtime", "long-time",
	"then", "founding", "top", "newly", "other", "veteran", "next",
	"second", "third", "woman", "female",
	"longtime", "influential", "senior", "junior", "chief", NULL
};
static const char *const coord[] = { "and", "&", "/", NULL };
static const char *const clause_open[] = {
	"that", "because", "but", "although", "though", "while", "when",
	";", ":", NULL
};
static const char *const relative[] = { "who", "which", NULL };
static const char *const as_words[] = {
	"as", "to the post of", "the post of", "the role of", "the position of", NULL
};
static const char *const be_aux[] = {
	"was", "were", "been", "be", "is", "are", "being", "got", "get",
	"gets", NULL
};
static const char *const neg_before[] = {
	"not", "never", "didn't", "doesn't", "don't", "wasn't", "weren't",
	"hasn't", "haven't", "hadn't", "won't", "isn't", "no", NULL
};
static const char *const neg_after[] = { NULL };
static const char *const subj_pronouns[] = { "he", "she", "him", "her", NULL };
static const char *const plural_pronouns[] = { "they", NULL };

static const nkg_trigger_entry triggers[] = {
	{ "become", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "becomes", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "became", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "replaced by", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succeed", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succeeds", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succeeded", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succeeding", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "took over", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "takes over", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "take over", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "take charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "takes charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "has taken charge of Beitar", "takes the reins at X" */
	{ "taken charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "take the reins", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "takes the reins", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "took the reins", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taken the reins", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* (the common misspelling, and "interim charge") */
	{ "take the reigns", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "takes the reigns", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "took the reigns", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taken the reigns", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "take interim charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taken interim charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "took interim charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "took charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "took the helm", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "takes the helm", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "take the helm", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taken the helm", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* the gerund: "Y instead taking charge of first-team affairs",
	 * "taking over as chief executive" */
	{ "taking over", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taking charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taking interim charge of", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taking the reins", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "taking the helm", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "ouster", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "firing", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "dismissal", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "removal", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "sacking", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "departure", NKG_EV_LEFT, NKG_TRIG_NOUN, 1 },
	{ "retirement", NKG_EV_LEFT, NKG_TRIG_NOUN, 1 },
	{ "resignation", NKG_EV_LEFT, NKG_TRIG_NOUN, 1 },
	{ "exit", NKG_EV_LEFT, NKG_TRIG_NOUN, 1 },
	{ "hiring", NKG_EV_JOINED, NKG_TRIG_NOUN, 1 },
	{ "arrival", NKG_EV_JOINED, NKG_TRIG_NOUN, 1 },
	{ "appointment", NKG_EV_APPOINTED, NKG_TRIG_NOUN, 1 },
	{ "nomination", NKG_EV_APPOINTED, NKG_TRIG_NOUN, 1 },
	{ "election", NKG_EV_APPOINTED, NKG_TRIG_NOUN, 1 },
	{ "return", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "reinstatement", NKG_EV_RETURNED, NKG_TRIG_NOUN, 1 },
	{ "comeback", NKG_EV_RETURNED, NKG_TRIG_NOUN, 1 },
	{ "founding", NKG_EV_FOUNDED, NKG_TRIG_NOUN, 1 },
	{ "fired", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "fire", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "fires", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "oust", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "dismiss", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "sacked", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "the club axed its manager" */
	{ "axed", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "axe", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "axes", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "sack", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "sacks", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "removed", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "remove", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "removes", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "let go", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "joined in 1998 and rose to chief operating officer in 2010" */
	{ "rose to", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "rising to", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "risen to", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "resigned from X to go to the Royal Academy" */
	{ "go to", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "move to", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	/* "was released by the Cardinals": a coach or player let go (a
	 * statement released names no one) */
	{ "released", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "releases", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "pushed out", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "forced out", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "parted ways with", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "will serve as", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "would serve as", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "will act as", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "would act as", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "parts ways with", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "part ways with", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "parting ways with", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "have parted company with manager X", "relieved of his duties" */
	{ "parted company with", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "part company with", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "parts company with", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "relieved of", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "hire", NKG_EV_JOINED, NKG_TRIG_TRANS, 1 },
	{ "hired", NKG_EV_JOINED, NKG_TRIG_TRANS, 1 },
	{ "hires", NKG_EV_JOINED, NKG_TRIG_TRANS, 1 },
	{ "recruit", NKG_EV_JOINED, NKG_TRIG_TRANS, 0 },
	{ "poach", NKG_EV_JOINED, NKG_TRIG_TRANS, 0 },
	/* "has lured X away from Oracle" */
	{ "lured", NKG_EV_JOINED, NKG_TRIG_TRANS, 1 },
	{ "lures", NKG_EV_JOINED, NKG_TRIG_TRANS, 1 },
	{ "appoint", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 0 },
	{ "named", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "names", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "elected", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "elect", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "tapped", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	/* "has been chosen as president", "selected X as its chief
	 * executive", "picked X to lead" */
	{ "chosen", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "chose", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "selected", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "selects", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "picked", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "picks", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "taps", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "promoted", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "promotes", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "reinstated", NKG_EV_RETURNED, NKG_TRIG_TRANS, 1 },
	{ "reinstate", NKG_EV_RETURNED, NKG_TRIG_TRANS, 1 },
	{ "rehired", NKG_EV_RETURNED, NKG_TRIG_TRANS, 1 },
	{ "join", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "joins", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "joined", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "joining", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	/* "left ... to take a position with Orlando Health" */
	{ "take a position with", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "take a position at", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "take a role with", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "take a role at", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "take a job with", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "take a job at", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	/* careers told in passing: "began her career at X in 1998" */
	{ "began his career", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "began her career", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "started his career", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "started her career", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "resign", NKG_EV_LEFT, NKG_TRIG_INTRANS, 0 },
	{ "quit", NKG_EV_LEFT, NKG_TRIG_INTRANS, 0 },
	{ "step down", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "steps down", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "stepped down", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "stepping down", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "left", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "leave", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "leaves", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "leaving", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "departed", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "retired", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "retire", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "retiring", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "retires", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "returned", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "returns", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "returning", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "came back", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "comes back", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "come back", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "rejoined", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "rejoin", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "rejoins", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "founded", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "co-founded", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "cofounded", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "launched", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "started", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "set up", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ NULL, 0, 0, 0 }
};

static const nkg_role_verb_entry role_verbs[] = {
	{ "leads", "head", 0 }, { "led", "head", 1 }, { "heads", "head", 0 },
	{ "headed", "head", 1 }, { "runs", "head", 0 }, { "ran", "head", 1 },
	{ "chairs", "chair", 0 }, { "chaired", "chair", 1 },
	{ "oversees", "head", 0 }, { "oversaw", "head", 1 },
	{ "helms", "head", 0 }, { "helmed", "head", 1 },
	{ "coaches", "head", 0 }, { "coached", "head", 1 }, { "manages", "head", 0 },
	{ "managed", "head", 1 },
	/* a post with no title: "has been with Lunetta since 1995" */
	{ "has been with", "employee", 0 }, { "had been with", "employee", 1 },
	{ "has worked at", "employee", 0 }, { "has worked for", "employee", 0 },
	{ "worked at", "employee", 1 }, { "worked for", "employee", 1 },
	{ "had worked at", "employee", 1 }, { "had worked for", "employee", 1 },
	/* a board seat told by a verb: "sits on the board of X" */
	{ "sits on the board of", "board_member", 0 }, { "sat on the board of", "board_member", 1 },
	{ "serves on the board of", "board_member", 0 }, { "served on the board of", "board_member", 1 },
	{ NULL, NULL, 0 }
};

static const nkg_cue_entry cues[] = {
	{ "threat", NKG_MOD_THREAT, 1 }, { "if", NKG_MOD_CONDITIONAL, 0 },
	{ "unless", NKG_MOD_CONDITIONAL, 0 },
	{ "provided", NKG_MOD_CONDITIONAL, 0 },
	{ "would", NKG_MOD_REPORTED, 0 }, { "could", NKG_MOD_REPORTED, 0 },
	{ "might", NKG_MOD_REPORTED, 0 }, { "may", NKG_MOD_REPORTED, 0 },
	{ "reportedly", NKG_MOD_REPORTED, 0 }, { "rumor", NKG_MOD_REPORTED, 1 },
	/* "The Times reported on Tuesday that the board has selected X":
	 * another paper's scoop */
	{ "reported", NKG_MOD_REPORTED, 0 }, { "reports", NKG_MOD_REPORTED, 0 },
	{ "rumour", NKG_MOD_REPORTED, 1 }, { "speculat", NKG_MOD_REPORTED, 1 },
	{ "possible", NKG_MOD_REPORTED, 0 }, { "possibly", NKG_MOD_REPORTED, 0 },
	{ "denied", NKG_MOD_NEGATED, 0 }, { "denies", NKG_MOD_NEGATED, 0 },
	{ "deny", NKG_MOD_NEGATED, 0 }, { "whether", NKG_MOD_QUESTION, 0 },
	{ "tipped", NKG_MOD_REPORTED, 0 }, { "frontrunner", NKG_MOD_REPORTED, 0 },
	{ "shortlisted", NKG_MOD_REPORTED, 0 }, { "in line to", NKG_MOD_REPORTED, 0 },
	{ "rumored", NKG_MOD_REPORTED, 0 }, { "rumoured", NKG_MOD_REPORTED, 0 },
	{ "potential", NKG_MOD_REPORTED, 0 }, { "expected", NKG_MOD_PLANNED, 0 },
	{ "plan", NKG_MOD_PLANNED, 1 }, { "intend", NKG_MOD_PLANNED, 1 },
	{ "want", NKG_MOD_PLANNED, 1 }, { "wish", NKG_MOD_PLANNED, 1 },
	{ "hope", NKG_MOD_PLANNED, 1 }, { "consider", NKG_MOD_PLANNED, 1 },
	{ "offer", NKG_MOD_PLANNED, 1 }, { "propos", NKG_MOD_PLANNED, 1 },
	{ "demand", NKG_MOD_PLANNED, 1 }, { "call", NKG_MOD_PLANNED, 1 },
	{ "urg", NKG_MOD_PLANNED, 1 }, { "push", NKG_MOD_PLANNED, 1 },
	{ "tried", NKG_MOD_PLANNED, 0 }, { "try", NKG_MOD_PLANNED, 1 },
	{ "seek", NKG_MOD_PLANNED, 1 }, { "sought", NKG_MOD_PLANNED, 0 },
	{ "poised", NKG_MOD_PLANNED, 0 }, { "aim", NKG_MOD_PLANNED, 1 }, { "ready", NKG_MOD_CONDITIONAL, 0 },
	{ "willing", NKG_MOD_CONDITIONAL, 0 }, { "talks", NKG_MOD_PLANNED, 0 },
	{ "negotiat", NKG_MOD_PLANNED, 1 }, { "suppose", NKG_MOD_CONDITIONAL, 0 },
	{ "?", NKG_MOD_QUESTION, 0 }, { "should", NKG_MOD_PLANNED, 0 },
	{ "must", NKG_MOD_PLANNED, 0 }, { "going to", NKG_MOD_PLANNED, 0 },
	{ NULL, 0, 0 }
};

static const char *const concessive[] = {
	"even though", "although", NULL
};
static const char *const conditional_endings[] = { NULL };
static const char *const reporting_verbs[] = {
	"announced", "said", "confirmed", "told", "wrote", "stated", "reported",
	"reports", "learned", "learnt", NULL
};
static const char *const governing_bodies[] = {
	"board", "the board", "board of directors", "board of trustees", "board of governors",
	"board of regents", "board of commissioners", "board of supervisors", "board of education",
	"board of visitors", "board of selectmen", "board of aldermen",
	"governing council", "governing board", "the company", "the firm",
	"the startup", "the group", "his post", "her post", "his role",
	"her role", "his job", "her job", NULL
};
static const char *const org_cue_before[] = {
	"company", "firm", "startup", "start-up", "group", "lab", "bank",
	"carmaker", "automaker", "retailer", "insurer", "maker", "giant",
	"publisher", "newspaper", "outlet", "agency", "rival", "at", "joined",
	"partner", "investor", "subsidiary", "conglomerate", "board",
	"employees", "staff", "shareholders", "investors", "directors",
	"automation", "insurer", "lender", "broker", "fund", "manufacturer",
	"supplier", "operator", "brand", "label", "studio", "chain",
	"conglomerate", "developer", "unit", "division", "business",
	"platform", "network", "broadcaster", "regulator", "organisation",
	"organization", "charity", "institute", "university", "school",
	"chipmaker", "carmaker", "drugmaker", "automaker", "planemaker",
	"fintech", "biotech", "insurtech", "retailer", "lender", "bank", NULL
};
static const char *const person_cue_before[] = {
	"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame",
	"prof.", "cllr", "cllr.", "councillor", "rev.", "rev", NULL
};
static const char *const org_suffixes[] = {
	"inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.",
	"llc", "plc", "group", "holdings", "ai", "labs", "technologies",
	"systems", "system", "media", "capital", "partners", "bank", "motors",
	"airlines", "pharmaceuticals", "industries", "international",
	"services", "ventures", "studios", "games", "entertainment",
	/* public bodies: "Maryland Environmental Service", "Internal
	 * Revenue Service" */
	"service",
	"foundation", "university", "institute", "college", "times", "post",
	"journal", "news", "network", "robotics", "biosciences", "bio",
	"biotech", "therapeutics", "pharma", "analytics", "logistics", "energy",
	"power", "wind", "solar", "aerospace", "airways", "automotive",
	"mobility", "foods", "brands", "retail", "stores", "investments",
	"mutual", "insurance", "software", "solutions", "networks", "telecom",
	"communications", "records", "publishing", "press", "society",
	"laboratories", "technology", "tech", "semiconductor", "semiconductors",
	"electronics", "electric", "steel", "mining", "chemicals", "health",
	"healthcare", "medical", "diagnostics", "consulting", "company",
	"cloud", "data", "digital", "security", "defense", "aviation",
	"shipping", "properties", "realty", "hotels", "resorts", "cosmetics",
	"llp", "nv", "bv", "ab", "asa", "spa", "sa", "se", "ag", "gmbh",
	"agency", "council", "commission", "authority", "museum", "orchestra",
	"club", "party", "union", "association", "federation", "league",
	"office", "agency", "hospital", "clinic", "center", "centre", "school",
	"academy", "hospitals", "trust", "trusts", "utilities", "utility",
	"institution", "gallery",
	"water", "gas", "cooperative", "co-op", "dairy", "farms", "airport",
	"railways", "railway", "transit", "brewery", "wines",
	/* football clubs: "Oxford United", "Bristol Rovers", "West Bromwich
	 * Albion" */
	"united", "rovers", "wanderers", "albion", "athletic", "rangers", "hotspur",
	"fc", "afc", NULL
};
static const char *const org_prefixes[] = {
	"bank", "university", "institute", "department", "ministry",
	"national", "federal", "royal", "bureau", "commission", "council",
	"federation", "association", "foundation", "office", "court",
	/* "Center for Strategic and International Studies", "Museum of
	 * Fine Arts", "Agency for ..." */
	"center", "centre", "museum", "agency", "society", "school", "college", NULL
};
static const char *const name_particles[] = {
	"de", "van", "von", "der", "den", "da", "di", "del", "della", "du",
	"la", "le", "bin", "ibn", "al", "st.", NULL
};
static const char *const noise_lines[] = {
	"advertisement", "share this", "share", "read more", "subscribe",
	"sign up", "related", "related articles", "leave a comment",
	"photo:", "image:", "credit:", "all rights reserved", "follow us",
	"newsletter", "comments", "recommended", NULL
};
static const char *const comment_headers[] = {
	"comments", "comment", "leave a reply", "join the conversation", "reader comments", "responses", "discussion", NULL
};
static const char *const comment_markers[] = { "avatar", NULL };
static const char *const possessive_before[] = {
	"his", "her", "their", NULL
};

static const char *const head_verbs[] = {
	"to lead", "to head", "to run", "to oversee", "to take the reins", "the helm of",
	"to take the directorship of", "to take over", NULL
};
static const char *const copulas[] = {
	"is", "was", "becomes", "became", "become", "remains", "remained", "remain", "will", "stays", "stay", "been", "continues", "as", NULL
};
static const char *const since_words[] = { "since", NULL };
static const char *const source_words[] = { "according to", NULL };
static const char *const name_like_titles[] = { "dean", NULL };
static const char *const helm_words[] = { "helm", NULL };
static const char *const possessive_marks[] = { "'s", "'", NULL };
static const char *const remit_links[] = { "for", NULL };
static const char *const org_clitics[] = { NULL };
static const char *const genitive_relatives[] = { "whose", NULL };
static const char *const joint_words[] = { "joint", "co", NULL };
static const char *const comitative_words[] = { "along with", "as well as", "together with", NULL };
static const char *const demonym_endings[] = { NULL };
static const char *const announce_verbs[] = {
	"announced", "announces", "confirmed", "confirms", NULL
};
static const char *const leave_objects[] = {
	"meeting", "room", "stage", "field", "pitch", "court", "game", "match", "building",
	"country", "city", "session", "hearing", "chamber", "podium", "studio", "hospital bed",
	"conference", "scene", NULL
};
static const char *const fronted_clauses[] = {
	"after having", "having", NULL
};
static const char *const no_longer[] = {
	"is no longer", "was no longer", "is now no longer",
	/* (a headline without its verb: "X no longer CEO of Y") */
	"no longer", NULL
};
static const char *const place_preps[] = { "in", NULL };
static const char *const career_starts[] = {
	"began his career", "began her career", "began their career",
	"started his career", "started her career", "started their career",
	"began his professional career", "began her professional career", NULL
};
static const char *const acronym_links[] = {
	"of", "the", "for", "and", "&", "on", "in", "to", "at", "against", NULL
};
static const char *const org_possessives[] = { "its", "their", NULL };
static const char *const novelty_words[] = { "new", "incoming", "next", NULL };
static const char *const inverted_copulas[] = { "is", "was", NULL };
static const char *const remit_phrases[] = { "in charge of", "responsible for", NULL };
static const char *const participle_endings[] = { NULL };
static const char *const division_words[] = {
	"division", "unit", "operations", "business", "businesses", "segment", "arm", NULL
};
static const char *const idioms[] = {
	"returned to profit", "returned to profitability", "return to profit",
	"return to profitability", NULL
};
static const char *const pluperfect_aux[] = { "had", NULL };
static const char *const post_nouns[] = {
	"presidency", "president", "chairmanship", "chair", NULL
};
static const char *const opponent_words[] = { "against", "versus", "vs", "vs.", NULL };
static const char *const venue_words[] = { "stadium", "arena", "ground", "squad", NULL };
static const char *const sport_words[] = {
	"coach", "coaches", "head coach", "football", "soccer", "rugby", "basketball",
	"baseball", "hockey", "nfl", "nba", "nhl", "mlb", "premier league", "championship",
	"league", "player", "players", "relegation", "relegated", "playoffs", "match",
	"fixtures", "goalkeeper", "striker", NULL
};
static const char *const country_preps[] = { "in", NULL };
/* "Bank of the West", "Wells Fargo Northeast" */
static const char *const compass_regions[] = {
	"of the north", "of the south", "of the east", "of the west", "of the midwest",
	"northeast", "northwest", "southeast", "southwest", "midwest", NULL
};
static const char *const emphatics[] = { "himself", "herself", "themselves", NULL };
static const char *const alumni_words[] = {
	"a veteran of", "an alumnus of", "an alumna of", "a former employee of",
	"a stint at", "stints at",
	/* "Mia Cole, formerly of Deloitte," */
	"formerly of", "formerly at", "previously of", "previously at", "most recently of", NULL
};
static const char *const municipality_heads[] = { NULL };
static const char *const plural_anaphors[] = {
	"both men", "the two men", "both women", "the two women", "the pair",
	"the duo", "the two executives", NULL
};
static const char *const club_words[] = {
	"fc", "afc", "united", "rovers", "athletic", "wanderers", "albion", "rangers",
	"hotspur", "club", NULL
};
/* "founded 32 years ago" */
static const char *const years_ago_before[] = { NULL };
static const char *const years_ago_after[] = { "years ago", NULL };
static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen", "twenty", "", "", "", "", "", "", "",
	"", "", "thirty", "", "", "", "", "", "", "", "", "", "forty", "", "", "",
	"", "", "", "", "", "", "fifty", NULL
};
static const char *const function_words[] = {
	"communications", "communication", "finance", "marketing", "sales",
	"operations", "strategy", "human", "resources", "engineering",
	"research", "development", "policy", "legal", "affairs", "public",
	"global", "corporate", "international", "investor", "relations",
	"technology", "innovation", "digital", "product", "products", "growth",
	"talent", "people", "culture", "programs", "advancement", "administration",
	"academics", "academic", "hr", NULL
};
static const char *const co_prefixes[] = { "co-", NULL };
static const char *const reference_words[] = { "see", "read", NULL };
static const char *const competitions[] = {
	"qualified for", "champions of", "league of", "cup of", "tour of", NULL
};
static const char *const leave_for[] = { "for", NULL };
static const char *const campus_links[] = { "at", NULL };
static const char *const whose_words[] = { "whose", NULL };
static const char *const demonstratives[] = { "this", NULL };
static const char *const subordinators[] = {
	"while", "when", "because", "although", "though", "since", NULL
};
static const char *const remit_word_links[] = { "of", NULL };
static const char *const title_seconds[] = {
	"deputy", "executive", "associate", "executive", "assistant", "employee", NULL
};
static const char *const goes_to[] = { NULL };
/* (short forms the press uses for a person it also names in full) */
static const char *const given_name_variants[] = {
	"bill", "william", "will", "william", "billy", "william", "bob", "robert", "rob", "robert",
	"bobby", "robert", "jim", "james", "jimmy", "james", "mike", "michael", "marty", "martin",
	"kate", "katherine", "kathy", "katherine", "katie", "katherine", "kate", "catherine",
	"cathy", "catherine", "tom", "thomas", "tommy", "thomas", "dan", "daniel", "danny", "daniel",
	"dave", "david", "joe", "joseph", "chris", "christopher", "steve", "steven", "steve", "stephen",
	"tony", "anthony", "ed", "edward", "ted", "edward", "ken", "kenneth", "matt", "matthew",
	"pat", "patrick", "pat", "patricia", "sam", "samuel", "ben", "benjamin", "andy", "andrew",
	"alex", "alexander", "nick", "nicholas", "rick", "richard", "dick", "richard", "rich", "richard",
	"larry", "lawrence", "jerry", "gerald", "jeff", "jeffrey", "greg", "gregory", "tim", "timothy",
	"jon", "jonathan", "liz", "elizabeth", "beth", "elizabeth", "betsy", "elizabeth", "sue", "susan",
	"jen", "jennifer", "jenny", "jennifer", "peggy", "margaret", "maggie", "margaret", "meg", "margaret",
	"chuck", "charles", "charlie", "charles", "hank", "henry", "harry", "henry", "jack", "john",
	"fred", "frederick", "doug", "douglas", "don", "donald", "ron", "ronald", "ray", "raymond",
	"walt", "walter", "phil", "philip", "debbie", "deborah", "barb", "barbara", "nate", "nathan",
	"zach", "zachary", "gene", "eugene", "stan", "stanley", "vince", "vincent", "al", "albert",
	"abby", "abigail", "becky", "rebecca", "vicky", "victoria", "jackie", "jacqueline", NULL
};
static const char *const place_adjectives[] = {
	"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
	"upper", "lower", "greater", "middle", "mid", NULL
};
static const char *const latest_anaphors[] = { "the latter", "", NULL };
static const char *const noun_acronyms[] = {
	"gdp", "ceo", "cfo", "coo", "cto", "ipo", "ai", "hr", "covid", "ppe", "llc", "vat",
	"ebitda", "roi", "kpi", "sms", "tv", "ok", "mba", "phd", "gop", "nfts", "nft", "ps",
	/* everyday things: "the IT department", "the MVP", "the SUV" */
	"it", "pr", "pc", "cd", "dvd", "gps", "suv", "pdf", "url", "api", "id", "dna", "mvp",
	"var", "qb", "ot", "usb", "ufo", "vip", "atm", "ebit", "eps", "esg", "dei", "agm", "egm", NULL
};
static const char *const study_words[] = {
	"graduate of", "graduated from", "degree from", "degrees from", "studied at",
	"alumnus of", "alumna of", "educated at", NULL
};
static const char *const held_by[] = { "held", "filled", "assumed", NULL };
static const char *const proposers[] = {
	"on the recommendation of", "at the recommendation of", "on the advice of",
	"at the request of", NULL
};
/* "The 54-year-old joined ...": a person said again by age (an
 * ending of the token) */
static const char *const person_nouns[] = { "-year-old", NULL };
static const char *const nationality_nouns[] = {
	"spaniard", "frenchman", "frenchwoman", "briton", "scot", "scotsman",
	"welshman", "dutchman", "irishman", "englishman", "englishwoman",
	"swede", "dane", "finn", "pole", "norwegian", "italian", "german",
	"portuguese", "argentine", "argentinian", "brazilian", "belgian",
	"austrian", "swiss", "croatian", "serbian", "australian",
	"new zealander", "american", "canadian", "ukrainian", "russian", NULL
};
static const char *const title_open[] = { "chief", NULL };
static const char *const title_close[] = { "officer", NULL };
static const char *const generic_org_tails[] = {
	"health", "healthcare", "health system", "company", "group", "holdings",
	"bank", "bancorp", "industries", "international", "systems", "partners",
	"airlines", "motors", "utilities", NULL
};
static const char *const range_open[] = { "from", "between", NULL };
static const char *const range_mid[] = { "to", "until", "through", "and", NULL };
static const char *const object_relatives[] = { "which", "where", NULL };
static const char *const next_year[] = {
	"the following year", "the next year", "a year later", "one year later", NULL
};
/* "named treasurer in 2007 and then chief financial officer in 2012" */
static const char *const then_words[] = { "then", "and then", "and later", "later", NULL };
static const char *const perfect_aux[] = { "has", "had", "have", NULL };
static const char *const apposition_adverbs[] = {
	"currently", "now", "then", "previously", "formerly", "also", "still", "already", "until", "recently", "most", "briefly",
	"officially", "thus", NULL
};
/* Nationality words: capitalised in English ("Dutch payments group"),
 * as nouns in French ("le Kényan X"); never names themselves. */
static const char *const demonyms[] = {
	"american", "americans", "british", "briton", "britons", "english",
	"scottish", "welsh", "irish", "french", "german", "germans", "dutch",
	"swiss", "italian", "italians", "spanish", "portuguese", "belgian",
	"austrian", "swedish", "norwegian", "danish", "finnish", "icelandic",
	"polish", "czech", "slovak", "hungarian", "romanian", "bulgarian",
	"greek", "turkish", "russian", "russians", "ukrainian", "chinese",
	"japanese", "korean", "indian", "pakistani", "indonesian", "thai",
	"vietnamese", "filipino", "malaysian", "singaporean", "australian",
	"canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean",
	"colombian", "peruvian", "venezuelan", "cuban", "african", "nigerian",
	"kenyan", "kenyans", "south", "ghanaian", "ethiopian", "egyptian",
	"moroccan", "algerian", "tunisian", "senegalese", "ivorian",
	"cameroonian", "israeli", "iranian", "iraqi", "saudi", "emirati",
	"qatari", "lebanese", "syrian", "jordanian", "european", "europeans",
	"asian", "asians", "latin", "arab", "arabs", "western", "eastern",
	"northern", "southern", "nordic", "scandinavian", "baltic", "balkan",
	"caribbean", "norse", "gulf", NULL
};
static const char *const inclusion[] = { "including", "among", NULL };
static const char *const purpose[] = {
	"to become", "to join", "to take", "to lead", "to run", "to head", "to serve as", NULL
};
static const char *const become[] = {
	"become", "becomes", "became", NULL
};
static const char *const future_aux[] = { "would", "will", NULL };
static const char *const future_from[] = {
	"effective", "from", "starting", "as of", "beginning", "by", NULL
};
static const char *const abbreviations[] = {
	"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "st.", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.", "sgt.", "adm.", "supt.", "no.", "vs.", "dept.",
	/* US states as the press abbreviates them: "Louisville, Ky.",
	 * "Magnolia (Ark.) Regional Medical Center" */
	"ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.",
	"ill.", "ind.", "kan.", "ky.", "md.", "mass.", "mich.", "minn.", "miss.",
	"mo.", "mont.", "neb.", "nev.", "okla.", "ore.", "pa.", "tenn.", "vt.",
	"va.", "wash.", "wis.", "wyo.", NULL
};
static const char *const by_words[] = { "by", NULL };

/* Succession: the predecessor follows ("succeeds X", "replacing X",
 * "takes over from X"); "replaced by" is the passive, handled by the
 * by-words after the cue. */
static const char *const succeeds[] = {
	"succeeds", "succeed", "succeeded", "succeeding", "replaces", "replace",
	"replaced", "replacing", "in place of", "successor to", "take over from",
	"takes over from", "took over from", "taking over from", "taken over from",
	"in succession to",
	/* "He follows Mark Goldring, who stepped aside" */
	"follows", NULL
};
static const char *const succession_with[] = { "with", "by", NULL };
static const char *const promoted_to[] = { "to", "to the post of", "to the role of", "as", NULL };
static const char *const future_words[] = { "will", "'ll", NULL };
static const char *const future_endings[] = { NULL };
static const char *const active_endings[] = { "ing", NULL };
static const char *const until_words[] = { "until", "till", "pending", NULL };
static const char *const takes_office[] = {
	"started", "starts", "will start", "begins", "began", "will begin", "takes office",
	"took office", "will take office", "takes up", "took up", "will take up", "assumes the role",
	"assumed the role", "will assume the role", "takes effect", "took effect", "will take effect", NULL
};
/* English institutions capitalise their words ("Bank of England"): no
 * lower-case complement. */
static const char *const name_complement[] = { NULL };
static const char *const complement_articles[] = { NULL };
static const char *const adjective_endings[] = { NULL };
static const char *const indefinites[] = { "a", "an", "another", NULL };
static const char *const hands_over[] = {
	"hands over to", "handed over to", "hand over to", "handing over to",
	"passes the baton to", "passed the baton to", "makes way for", "made way for",
	"make way for", "steps aside for", "stepped aside for", NULL
};
static const char *const successor_nouns[] = { "successor", "replacement", NULL };
static const char *const feminine_pronouns[] = { "she", "her", NULL };
static const char *const definite_articles[] = { "the", NULL };
/* "au Parisien" is "à le Parisien": a contraction, and the article it
 * holds, which a name the gazetteer knows may start with ("Le Parisien") */
static const char *const contracted_articles[] = { NULL };
/* an election: heading the organisation so is presiding it */
static const char *const elected_words[] = { "elected", "re-elected", "reelected", NULL };
static const char *const org_anaphors[] = {
	"the company", "the firm", "the group", "the club", "the organization",
	"the organisation", "the institution", "the hospital", "the university",
	/* the kinds of organisation the press calls the story's by */
	"the trust", "the foundation", "the agency", "the bank", "the lender",
	"the insurer", "the retailer", "the carmaker", "the automaker", "the airline",
	"the carrier", "the charity", "the college", "the school", "the museum",
	"the newspaper", "the paper", "the health system", "the system", "the team",
	"the startup", "the chain", NULL
};
/* letters after a name ("Dean French, MD,"): degrees, not names */
static const char *const credentials[] = {
	"md", "m.d.", "phd", "ph.d.", "pharmd", "drph", "d.o.", "r.n.", "dha", "rn", "msn", "bsn",
	"mba", "mph", "dnp", "fache", "do",
	"dds", "jd", "cpa", "esq.", "facs", "facp", "mha", "ms", "ma", "ba", "bs", NULL
};
/* "Wright Lassiter III", "John L. Dotson Jr." */
static const char *const name_suffixes[] = {
	"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", NULL
};
/* "X is leaving his role", "X announced her retirement" */
static const char *const person_possessives[] = { "his", "her", NULL };
static const char *const team_heads[] = { NULL };
/* "St. Albans", "St. Luke's": a saint's name makes places and
 * institutions, not people */
static const char *const person_modifier_endings[] = { "-born", NULL };
static const char *const saint_words[] = { "st.", "saint", "san", "santa", "sao", NULL };
static const char *const modifier_endings[] = {
	"-based", "-born", "-owned", "-led", "-backed", "-headquartered", "-run", NULL
};
static const char *const institution_heads[] = { NULL };
/* (English says "Department", "Office", "Ministry": none) */
static const char *const ministries[] = { NULL };
static const char *const portfolio_titles[] = { "minister", "secretary", "commissioner", NULL };
static const char *const board_words[] = {
	"the board", "its board", "to the board", "to its board", "board of directors",
	"the board of directors", "to the board of directors", NULL
};
static const char *const where_words[] = { "where", NULL };
static const char *const origin_words[] = { "from", "away from", NULL };

/* Page furniture in HTML class and id names (src/html.c): navigation,
 * share bars, banners, boxes of other stories, comments, credits.  Most
 * sites name their classes in English whatever their language, so these
 * are read on every page. */
static const char *const page_chrome[] = {
	"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
	"share", "sharing", "social", "sharebar", "cookie", "cookies",
	"consent", "gdpr", "banner", "newsletter", "subscribe", "subscription",
	"paywall", "signup", "related", "recommended", "recommendations",
	"popular", "most-read", "trending", "more-stories", "read-more",
	"readmore", "comment", "comments", "disqus", "replies", "sidebar",
	"widget", "promo", "advert", "advertisement", "ad", "ads", "sponsored",
	"outbrain", "taboola", "credit", "credits", "copyright", "modal",
	"popup", "overlay", "tags", "skip-link", "print", "toolbar", "login",
	"footer", "masthead", NULL
};
/* An element naming the article's author. */
static const char *const page_bylines[] = { "byline", "author", "authors", NULL };

const nkg_lang nkg_lang_en = NKG_LANG_TABLES("en");

