/* newskg — French language tables.  Entries are folded (see lang.h). */
#include "newskg/lang.h"
#include "lang.h"

static const char *const stopwords[] = {
	"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "ou",
	"est", "sont", "a", "ont", "au", "aux", "ce", "cette", "ces", "il", "elle",
	"ils", "elles", "on", "nous", "vous", "je", "qui", "que", "qu'", "dans",
	"pour", "par", "sur", "avec", "sans", "mais", "pas", "ne", "n'", "se", "s'",
	"son", "sa", "ses", "leur", "leurs", "plus", "tres", "aussi", "apres",
	"avant", "selon", "depuis", "lors", "alors", "donc", "car", "comme",
	"quand", "si", "tout", "tous", "toute", "toutes", "cela", "ceci", "ca",
	"c'", "j'", "m'", "t'", "y", "en", "ou", "voici", "voila", "mon", "ma",
	"mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "meme",
	"certes", "pourtant", "cependant", "ainsi", "enfin", "bref", "puis",
	"oui", "non", "quoi", "pourquoi", "comment", "ici", "la-bas", "bien",
	"deja", "encore", "toujours", "jamais", "rien", "personne", "chacun",
	"certains", "certaines", "plusieurs", "quelques", "chaque", "autre",
	"autres", "entre", "vers", "chez", "sous", "contre", "pendant", "durant",
	"malgre", "lorsque", "lorsqu'", "puisque", "tandis", "parce", "etait",
	"etaient", "sera", "seront", "fut", "avait", "avaient", "aura", "etre",
	"avoir", "fait", "faire", "peut", "doit", "semble", "dit", "disons",
	"bonjour", "merci", "au-dela", "d'apres", "jusqu'", "quant", "sinon",
	"lui", "eux", "moi", "toi", "celui", "celle", "ceux", "dont", "ou",
	"desormais", "actuellement", "aujourd'hui", "hier", "demain", "infos",
	"tech", "source", "publicite", "mise", "nouveautes", "articles",
	"tard", "tot", "quel", "quelle", "quels", "quelles", "ah", "oh", "eh",
	"juste", "maintenant", "mieux", "voir", "bref", "certes", "ia",
	NULL
};

static const char *const months[] = {
	"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
	"septembre", "octobre", "novembre", "decembre",
	"janv.", "fevr.", "mars", "avr.", "mai", "juin", "juil.", "aout",
	"sept.", "oct.", "nov.", "dec.", NULL
};

static const char *const weekdays[] = {
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	NULL
};

static const char *const last_words[] = { "dernier", "derniere", "passe", NULL };
static const char *const part_of_day[] = {
	"soir", "matin", "midi", "apres-midi", "nuit", "tard", "tot", "soiree",
	"matinee", NULL
};

static const nkg_relday_entry reldays[] = {
	{ "avant-hier", -2 }, { "hier soir", -1 }, { "hier matin", -1 },
	{ "hier", -1 }, { "aujourd'hui", 0 }, { "ce matin", 0 },
	{ "ce soir", 0 }, { "cet apres-midi", 0 }, { "demain", 1 },
	{ "plus tot dans la journee", 0 },
	{ NULL, 0 }
};

static const char *const year_before[] = {
	"fin", "debut", "mi", "en", "courant", "depuis", "printemps", "ete",
	"automne", "hiver", "a la fin de", "a la fin du mois de", "fin du mois de",
	"au debut de", "au debut du mois de", "debut du mois de", "dans le courant de",
	"au cours de", "en fin de", "en debut de", "mi-", NULL
};
static const char *const last_month[] = { "le mois dernier", "le mois passe", NULL };
static const char *const next_month[] = { "le mois prochain", "au mois prochain", "du mois prochain", NULL };
static const char *const this_month[] = {
	"ce mois-ci", "plus tot ce mois-ci", "a la fin du mois", "d' ici la fin du mois",
	"fin du mois", "en fin de mois", NULL
};
static const char *const last_year[] = {
	"l' annee derniere", "l' an dernier", "l' annee passee", NULL
};
static const char *const coming_year[] = {
	"l' an prochain", "l' annee prochaine", "en debut d' annee prochaine",
	"courant de l' annee prochaine", NULL
};
static const char *const this_year[] = {
	"cette annee", "d' ici la fin de l' annee", "a la fin de l' annee", "en fin d' annee", "fin de l' annee", "plus tard cette annee",
	/* the seasons of the article's year */
	"cet ete", "ce printemps", "cet automne", NULL
};
static const char *const unknown_dates[] = {
	"la semaine derniere", "le week-end dernier", "ce week-end",
	"la semaine passee", "pendant le week-end",
	"cette semaine", NULL
};

/* Longest entries first is not required: the matcher takes the longest. */
static const nkg_title_entry titles[] = {
	{ "president-directeur general", "ceo" },
	{ "presidente-directrice generale", "ceo" },
	{ "president directeur general", "ceo" },
	{ "p.-d.g.", "ceo" }, { "p.d.g.", "ceo" }, { "pdg", "ceo" }, { "p-dg", "ceo" },
	{ "dg", "ceo" }, { "dga", "executive" },
	{ "ceo", "ceo" }, { "co-ceo", "ceo" }, { "co-pdg", "ceo" },
	{ "directeur general", "ceo" }, { "directrice generale", "ceo" },
	{ "patron", "ceo" }, { "patronne", "ceo" },
	{ "administrateur delegue", "ceo" },
	{ "directeur general delegue", "coo" },
	{ "directeur general adjoint", "executive" }, { "directrice generale adjointe", "executive" },
	{ "directeurs generaux adjoints", "executive" },
	{ "directrice generale deleguee", "coo" },
	{ "directeur des operations", "coo" },
	{ "directrice des operations", "coo" }, { "coo", "coo" },
	{ "president du conseil d' administration", "chair" },
	{ "presidente du conseil d' administration", "chair" },
	{ "president du conseil de surveillance", "chair" },
	{ "presidente du conseil de surveillance", "chair" },
	{ "president du conseil", "chair" },
	{ "a la presidence", "president" }, { "a sa presidence", "president" },
	{ "a la direction generale", "ceo" }, { "a sa direction generale", "ceo" },
	{ "a la vice-presidence", "vice_president" },
	/* "a démissionné de la présidence de Korvo", "prend la présidence
	 * du conseil de surveillance de X": the post as a noun (not "la
	 * présidence" alone: "confier la présidence à X"; not "la
	 * direction générale des Patrimoines", a department) */
	{ "de la presidence", "president" }, { "de la vice-presidence", "vice_president" },
	{ "la presidence du conseil de surveillance", "chair" },
	{ "la presidence du conseil d' administration", "chair" },
	{ "la presidence du conseil", "chair" },
	{ "a la direction financiere", "cfo" },
	{ "aux commandes", "head" }, { "aux manettes", "head" },
	{ "president du directoire", "ceo" }, { "presidente du directoire", "ceo" },
	{ "membre du directoire", "executive" }, { "associe", "executive" },
	{ "associee", "executive" }, { "associe-gerant", "executive" },
	{ "presidente du conseil", "chair" },
	/* Quebec usage: "président et chef de la direction" is the CEO */
	{ "chef de la direction", "ceo" }, { "cheffe de la direction", "ceo" },
	{ "chef de la direction financiere", "cfo" }, { "cheffe de la direction financiere", "cfo" },
	{ "chef des finances", "cfo" }, { "cheffe des finances", "cfo" },
	{ "chef de l' exploitation", "coo" }, { "cheffe de l' exploitation", "coo" },
	{ "chef de la direction de l' exploitation", "coo" },
	{ "president", "president" }, { "presidente", "president" },
	{ "vice-president", "vice_president" },
	{ "vice-presidente", "vice_president" },
	{ "vice president", "vice_president" },
	{ "membre du conseil d' administration", "board_member" },
	{ "membres du conseil d' administration", "board_member" },
	{ "membre du conseil de surveillance", "board_member" },
	{ "membre du conseil", "board_member" },
	{ "administrateur", "board_member" },
	{ "administratrice", "board_member" },
	{ "administrateur independant", "board_member" },
	{ "associe gerant", "executive" }, { "associee gerante", "executive" },
	{ "associe-gerant", "executive" }, { "associee-gerante", "executive" },
	{ "administratrice independante", "board_member" },
	{ "administrateurs independants", "board_member" },
	{ "fondateur", "founder" }, { "fondatrice", "founder" },
	{ "cofondateur", "founder" }, { "cofondatrice", "founder" },
	{ "co-fondateur", "founder" }, { "co-fondatrice", "founder" },
	{ "fondateurs", "founder" }, { "cofondateurs", "founder" },
	{ "co-fondateurs", "founder" },
	{ "scientifique en chef", "chief_scientist" },
	{ "directeur scientifique", "chief_scientist" },
	{ "directrice scientifique", "chief_scientist" },
	{ "directeur technique", "cto" }, { "directrice technique", "cto" },
	{ "directeur de la technologie", "cto" }, { "cto", "cto" },
	{ "directeur financier", "cfo" }, { "directrice financiere", "cfo" },
	{ "tresorier", "executive" }, { "tresoriere", "executive" },
	/* a town's or a region's chief administrator */
	{ "directeur general des services", "executive" },
	{ "directrice generale des services", "executive" }, { "dgs", "executive" },
	{ "directeur general adjoint des services", "executive" },
	{ "directrice generale adjointe des services", "executive" },
	{ "directeur administratif et financier", "cfo" },
	{ "directrice administrative et financiere", "cfo" },
	{ "cfo", "cfo" }, { "daf", "cfo" },
	/* a federation's or an association's chief of staff: "le délégué
	 * général de la FHF" */
	{ "delegue general", "ceo" }, { "deleguee generale", "ceo" },
	{ "delegue general adjoint", "executive" }, { "deleguee generale adjointe", "executive" },
	/* human resources: "son directeur des ressources humaines", "la DRH" */
	{ "drh", "executive" }, { "directeur des ressources humaines", "executive" },
	{ "directrice des ressources humaines", "executive" },
	{ "directeur", "executive" }, { "directrice", "executive" },
	{ "dirigeant", "executive" }, { "dirigeante", "executive" },
	{ "cadre dirigeant", "executive" }, { "cadre dirigeante", "executive" },
	{ "directeur commercial", "executive" },
	{ "directrice commerciale", "executive" },
	{ "directeur marketing", "executive" },
	{ "directrice marketing", "executive" },
	{ "directeur juridique", "executive" },
	{ "directrice juridique", "executive" },
	{ "secretaire general", "executive" },
	{ "secretaire generale", "executive" },
	{ "chef", "head" }, { "cheffe", "head" }, { "responsable", "head" },
	{ "chef d' equipe", "head" },
	{ "salarie", "employee" }, { "salariee", "employee" },
	{ "employe", "employee" }, { "employee", "employee" },
	{ "ingenieur", "employee" }, { "ingenieure", "employee" },
	{ "chercheur", "employee" }, { "chercheuse", "employee" },
	{ "professeur", "employee" }, { "professeure", "employee" },
	{ "praticien hospitalier", "employee" }, { "praticienne hospitaliere", "employee" },
	{ "maitre de conferences", "employee" },
	{ "journaliste", "journalist" }, { "reporter", "journalist" },
	{ "redacteur", "journalist" }, { "redactrice", "journalist" },
	{ "redacteur en chef", "journalist" },
	{ "redactrice en chef", "journalist" },
	{ "redac' chef", "journalist" }, { "redac'chef", "journalist" },
	{ "redac chef", "journalist" },
	{ "redacteur en chef adjoint", "journalist" }, { "redactrice en chef adjointe", "journalist" },
	{ "correspondant", "journalist" }, { "correspondante", "journalist" },
	{ "ministre", "official" }, { "commissaire", "official" },
	{ "commissaire europeen", "official" },
	{ "commissaire europeenne", "official" },
	{ "depute", "official" }, { "deputee", "official" },
	{ "senateur", "official" }, { "senatrice", "official" },
	{ "maire", "official" }, { "gouverneur", "official" },
	{ "gouverneure", "official" }, { "premier ministre", "official" },
	{ "premiere ministre", "official" },
	{ "secretaire d' etat", "official" },
	/* the State's local heads, academies, universities, hospitals */
	{ "prefet", "official" }, { "prefete", "official" },
	/* diplomacy */
	{ "ambassadeur", "official" }, { "ambassadrice", "official" },
	{ "consul", "official" }, { "consule", "official" },
	{ "consul general", "official" }, { "consule generale", "official" },
	{ "attache culturel", "official" }, { "attachee culturelle", "official" },
	{ "attache de presse", "employee" }, { "attachee de presse", "employee" },
	{ "representant de l' etat", "official" }, { "representante de l' etat", "official" },
	{ "sous-prefet", "official" }, { "sous-prefete", "official" },
	{ "prefets", "official" }, { "prefetes", "official" },
	{ "recteur", "official" }, { "rectrice", "official" },
	{ "recteurs", "official" }, { "rectrices", "official" },
	{ "inspecteur general", "official" }, { "inspectrice generale", "official" },
	{ "conseiller d' etat", "official" }, { "conseillere d' etat", "official" },
	/* justice: "procureur de Nanterre", "avocat général près la cour
	 * d'appel", "garde des Sceaux" */
	{ "procureur", "official" }, { "procureure", "official" },
	{ "procureur general", "official" }, { "procureure generale", "official" },
	{ "procureur de la republique", "official" }, { "procureure de la republique", "official" },
	{ "procureur-adjoint", "official" }, { "procureure-adjointe", "official" },
	{ "procureur adjoint", "official" }, { "procureure adjointe", "official" },
	{ "avocat general", "official" }, { "avocate generale", "official" },
	{ "president de chambre", "official" }, { "presidente de chambre", "official" },
	{ "premier president", "president" }, { "premiere presidente", "president" },
	{ "juge d' instruction", "official" }, { "magistrat", "official" }, { "magistrate", "official" },
	{ "garde des sceaux", "official" },
	{ "doyen", "head" }, { "doyenne", "head" },
	{ "directeur d' hopital", "executive" }, { "directrice d' hopital", "executive" },
	{ "directeurs generaux delegues", "coo" },
	{ "directeurs generaux", "ceo" },
	{ "directeur de cabinet", "executive" }, { "directrice de cabinet", "executive" },
	{ "directeur adjoint", "executive" }, { "directrice adjointe", "executive" },
	{ "porte-parole", "employee" },
	{ "administrateur provisoire", "interim_ceo" }, { "administratrice provisoire", "interim_ceo" },
	/* sport */
	{ "entraineur", "head" }, { "entraineuse", "head" },
	{ "entraineur principal", "head" }, { "entraineur adjoint", "employee" },
	{ "entraineuse adjointe", "employee" }, { "t2", "employee" },
	{ "entraineur des gardiens", "employee" }, { "entraineuse des gardiens", "employee" },
	{ "preparateur physique", "employee" }, { "preparatrice physique", "employee" },
	{ "manager", "head" }, { "manageur", "head" }, { "manageuse", "head" },
	{ "manager general", "head" }, { "manageuse generale", "head" },
	{ "selectionneur", "head" }, { "selectionneuse", "head" },
	{ "t1", "head" }, { "coach", "head" },
	{ "directeur sportif", "executive" }, { "directrice sportive", "executive" },
	/* culture, press */
	{ "administrateur general", "ceo" }, { "administratrice generale", "ceo" },
	{ "conservateur", "employee" }, { "conservatrice", "employee" },
	{ "conservateur en chef", "employee" }, { "conservatrice en chef", "employee" },
	{ "medecin-chef", "head" }, { "medecin chef", "head" }, { "infirmiere en chef", "employee" },
	{ "directeur de la publication", "executive" },
	{ "directrice de la publication", "executive" },
	{ "directeur de la redaction", "journalist" },
	{ "directrice de la redaction", "journalist" },
	{ NULL, NULL }
};

static const char *const former[] = {
	"ancien", "ancienne", "anciens", "ex", "ex-", "precedent",
	"precedente",
	/* "jusqu'ici directeur de cabinet" (tokens "jusqu'" "ici"): the
	 * post held until now */
	"jusqu'", "jusque-la", "auparavant", "precedemment", NULL
};
static const char *const interim_before[] = { "interim", NULL };
static const char *const interim_after[] = {
	"par interim", "interimaire", "par interim ,", "interim", NULL
};
static const char *const title_links[] = {
	"de", "d'", "du", "des", "chez", "a", "au", "pour", NULL
};
static const char *const org_links[] = { "chez", NULL };
static const char *const determiners[] = {
	"le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur",
	"du", "des", "notre", "ce", "cette", NULL
};
static const char *const new_words[] = {
	"nouveau", "nouvelle", "nouvel", "actuel", "actuelle", "futur",
	"future", "premier", "premiere", "emblematique", "charismatique",
	"celebre", "puissant", "puissante", "principal", "principale", "autre",
	"jeune", "historique", "influent", "influente", "prochain", "prochaine",
	/* "la deuxième femme présidente de l'université" */
	"deuxieme", "troisieme", "second", "seconde", "femme",
	/* ("jusqu'ici directeur": see former) */
	"ici", NULL
};
static const char *const coord[] = { "et", "&", "/", "ainsi", NULL };
static const char *const clause_open[] = {
	"que", "qu'", "lorsque", "lorsqu'", "quand", "puisque", "puisqu'",
	"car", "mais", ";", ":", NULL
};
static const char *const relative[] = { "qui", "lequel", "laquelle", NULL };
static const char *const as_words[] = {
	"en tant que", "comme", "a titre de", "en qualite de", "au poste de", "a la tete de", "le poste de",
	"la fonction de", "les fonctions de",
	/* "quitte ses fonctions de directeur", "a cédé sa place de directrice" */
	"ses fonctions de", "sa place de", "son poste de", "son mandat de", NULL
};
static const char *const be_aux[] = {
	"ete", "est", "sont", "etait", "etaient", "fut", "soit", "sera",
	"seront", "serait", "etre", NULL
};
static const char *const neg_before[] = { "ne", "n'", "non", NULL };
static const char *const neg_after[] = {
	"pas", "jamais", "plus", "point", "guere", "aucun", "aucune", "nul", "nulle", NULL
};
static const char *const subj_pronouns[] = {
	"il", "elle", "celui-ci", "celle-ci", NULL
};
static const char *const plural_pronouns[] = { "ils", "elles", NULL };

static const nkg_trigger_entry triggers[] = {
	{ "devenir", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "devient", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "deviendra", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "devenu", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "devenue", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "devenait", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "deviennent", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "deviendront", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "X remplacé à la tête de Y" (a headline's passive, no agent):
	 * the active has its object between ("remplace X à la tête") */
	{ "remplace a la tete", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplacee a la tete", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplace a la presidence", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplacee a la presidence", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplace a la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplacee a la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplace au poste", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplacee au poste", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "remplace par", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "remplacee par", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succede", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succedera", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succedait", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "succeder", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "partie a la retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "part a la retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "partent a la retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "parti a la retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "partir a la retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "prend sa retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "prendra sa retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "pris sa retraite", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "prendre la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prend la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prendra la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "pris la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prendre la tete", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prend la tete", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* the present participle: "X prenant la tête du service" */
	{ "prenant la tete", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prenant les renes", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prenant la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prenant la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prendra la tete", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "pris la tete", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "prend les rênes de l'institution" */
	{ "prendre les renes", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prend les renes", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prendra les renes", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "pris les renes", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prendre la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "assurera l' interim", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "assure l' interim", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "assurer l' interim", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "le conseil a confié l'intérim à X" */
	{ "confie l' interim a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "confiera l' interim a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "confier l' interim a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "confie la direction generale a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "confie la presidence a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	/* "le poste est confié à X", "la présidence a été confiée à Y" */
	{ "est confie a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "est confiee a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "ete confie a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "ete confiee a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "sera confie a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "sera confiee a", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "assurera la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "X en assurera la présidence" */
	{ "assurera la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "assurera la direction generale", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prend la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prendra la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "pris la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "le conseil a décidé de mettre un terme au mandat de X" */
	{ "mettre un terme au mandat de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mis un terme au mandat de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "met un terme au mandat de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettre fin au mandat de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mis fin au mandat de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "met fin au mandat de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "a mis fin aux fonctions du sélectionneur national X" */
	{ "mis fin aux fonctions du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "met fin aux fonctions du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettre fin aux fonctions du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettra fin aux fonctions du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mis un terme aux fonctions de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mis un terme aux fonctions du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettre un terme aux fonctions de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettre un terme aux fonctions du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "mettre fin au mandat du PDG, X" */
	{ "mettre fin au mandat du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mis fin au mandat du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "met fin au mandat du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettre un terme au mandat du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mis un terme au mandat du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "met un terme au mandat du", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "l'assemblée générale a mis fin aux fonctions de X" */
	{ "mis fin aux fonctions de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "met fin aux fonctions de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettre fin aux fonctions de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mettra fin aux fonctions de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "X et le club ont mis un terme à leur collaboration" */
	{ "mis un terme a leur collaboration", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "mettre un terme a leur collaboration", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "mettent un terme a leur collaboration", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "mis fin a leur collaboration", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "mettre fin a leur collaboration", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	/* "lâche la direction d'Ornikar", "quitte la direction de" */
	{ "lache la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "lachait la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "lacher la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "quitte la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "quitter la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "quittera la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	/* "va abandonner la présidence d'Eben" */
	{ "abandonne la presidence", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "abandonner la presidence", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "abandonnera la presidence", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "abandonne la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "abandonner la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "abandonnera la direction", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "abandonne ses fonctions", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "abandonner ses fonctions", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	/* "X occupera le poste de président du directoire" */
	{ "occupera le poste de", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "occupera les fonctions de", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "prend les fonctions de directrice générale adjointe" */
	{ "prend les fonctions de", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "prendra les fonctions de", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "pris les fonctions de", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "a cédé sa place de directrice du CHU" */
	{ "cede sa place", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "cedera sa place", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "ceder sa place", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "se separe de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "s' est separe de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "s' est separee de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "se separer de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* nominalisations first listed; exact forms */
	{ "licenciement", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "licenciements", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "limogeage", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "eviction", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "renvoi", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "destitution", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "eviction", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "mise a pied", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "demission", NKG_EV_LEFT, NKG_TRIG_NOUN, 1 },
	{ "depart", NKG_EV_LEFT, NKG_TRIG_NOUN, 1 },
	{ "embauche", NKG_EV_JOINED, NKG_TRIG_NOUN, 1 },
	{ "recrutement", NKG_EV_JOINED, NKG_TRIG_NOUN, 1 },
	{ "arrivee", NKG_EV_JOINED, NKG_TRIG_NOUN, 1 },
	{ "nomination", NKG_EV_APPOINTED, NKG_TRIG_NOUN, 1 },
	{ "designation", NKG_EV_APPOINTED, NKG_TRIG_NOUN, 1 },
	{ "election", NKG_EV_APPOINTED, NKG_TRIG_NOUN, 1 },
	{ "retour", NKG_EV_RETURNED, NKG_TRIG_NOUN, 1 },
	{ "reintegration", NKG_EV_RETURNED, NKG_TRIG_NOUN, 1 },
	{ "retablissement", NKG_EV_RETURNED, NKG_TRIG_NOUN, 1 },
	{ "fondation", NKG_EV_FOUNDED, NKG_TRIG_NOUN, 1 },
	{ "creation", NKG_EV_FOUNDED, NKG_TRIG_NOUN, 1 },
	/* verbs: stems */
	{ "licenci", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "revoqu", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "revocation", NKG_EV_DISMISSED, NKG_TRIG_NOUN, 1 },
	{ "remercie", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "remerciee", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "limog", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "evinc", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "renvoy", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "renvoie", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "vire", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "virer", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "destitu", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "demis", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "demise", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "demett", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "congedi", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "retire", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	{ "ecarte", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 0 },
	/* "a été débarqué de la présidence", "poussé vers la sortie" */
	/* (passive only: "X débarque chez Y" is an arrival) */
	{ "debarque par", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "debarquee par", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "debarque de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "debarquee de", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	/* "ont été mis à pied par le club": suspended on the way out */
	{ "mis a pied", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mise a pied", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "mises a pied", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "pousse vers la sortie", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "poussee vers la sortie", NKG_EV_DISMISSED, NKG_TRIG_TRANS, 1 },
	{ "embauch", NKG_EV_JOINED, NKG_TRIG_TRANS, 0 },
	{ "recrut", NKG_EV_JOINED, NKG_TRIG_TRANS, 0 },
	{ "engag", NKG_EV_JOINED, NKG_TRIG_TRANS, 0 },
	/* (the participle ends like a noun, "-age": "a engagé X") */
	{ "engage", NKG_EV_JOINED, NKG_TRIG_TRANS, 1 }, { "engagee", NKG_EV_JOINED, NKG_TRIG_TRANS, 1 },
	{ "debauch", NKG_EV_JOINED, NKG_TRIG_TRANS, 0 },
	{ "nomm", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 0 },
	{ "coopt", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 0 },
	/* "qui hérite de la préfecture du Gers": a post handed down */
	{ "herite de", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "herite du", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "heritera de", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "heritera du", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* "X choisi comme nouveau patron", "a choisi Y pour remplacer Z" */
	{ "choisi", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "choisie", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "choisit", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	/* "a été porté à la présidence de X" */
	{ "porte a la presidence", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "portee a la presidence", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "porte a la tete", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "portee a la tete", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "design", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 0 },
	{ "reconduit", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "reconduite", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "elu", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "elue", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "elus", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "elire", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 1 },
	{ "promu", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 0 },
	{ "propuls", NKG_EV_APPOINTED, NKG_TRIG_TRANS, 0 },
	{ "rejoin", NKG_EV_JOINED, NKG_TRIG_INTRANS, 0 },
	{ "rejoign", NKG_EV_JOINED, NKG_TRIG_INTRANS, 0 },
	{ "integr", NKG_EV_JOINED, NKG_TRIG_INTRANS, 0 },
	{ "arriv", NKG_EV_JOINED, NKG_TRIG_INTRANS, 0 },
	/* "Préfecture : X s'en va, Y arrive": leaving, said plainly */
	{ "s' en va", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "s' en ira", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "s' en est alle", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "s' en est allee", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	/* "son mandat arrive à échéance le 7 mars": a term ends */
	{ "arrive a echeance", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "arrivera a echeance", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "arrivait a echeance", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	/* "a accédé au poste de trésorier", "accède à la présidence" */
	{ "accede au poste", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "acceder au poste", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "accede a la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "acceder a la presidence", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "accede a la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "acceder a la direction", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "accede a la tete", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	{ "acceder a la tete", NKG_EV_APPOINTED, NKG_TRIG_INTRANS, 1 },
	/* careers told in passing: "est entré à X en 1990", "a débuté sa
	 * carrière chez X" */
	{ "est entre a", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "est entree a", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "est entre au", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "est entree au", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "est entre chez", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "est entree chez", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "etait entre a", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "etait entree a", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "etait entre chez", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "etait entree chez", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "a debute sa carriere", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "avait debute sa carriere", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "a commence sa carriere", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "avait commence sa carriere", NKG_EV_JOINED, NKG_TRIG_INTRANS, 1 },
	{ "demissionn", NKG_EV_LEFT, NKG_TRIG_INTRANS, 0 },
	{ "quitt", NKG_EV_LEFT, NKG_TRIG_INTRANS, 0 },
	{ "parti", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "partir", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "partira", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "se retire", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "s' est retire", NKG_EV_LEFT, NKG_TRIG_INTRANS, 1 },
	{ "revien", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 0 },
	{ "revenu", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 0 },
	{ "revenir", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 1 },
	{ "reviendr", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 0 },
	{ "revenai", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 0 },
	{ "retourn", NKG_EV_RETURNED, NKG_TRIG_INTRANS, 0 },
	{ "reintegr", NKG_EV_RETURNED, NKG_TRIG_TRANS, 0 },
	{ "retabli", NKG_EV_RETURNED, NKG_TRIG_TRANS, 0 },
	{ "fonde", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "fondee", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "fondes", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "fonder", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "fonda", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "fondait", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "fondent", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "cofonde", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "cofondee", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "cofonder", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "co-fonde", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "co-fondee", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "cree", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "creee", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "creer", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ "crea", NKG_EV_FOUNDED, NKG_TRIG_INTRANS, 1 },
	{ NULL, 0, 0, 0 }
};

/* Words that, before a trigger in its clause, keep the event from being
 * asserted. */
static const nkg_role_verb_entry role_verbs[] = {
	{ "dirige", "head", 0 }, { "dirigent", "head", 0 }, { "dirigera", "head", 0 },
	{ "dirigeait", "head", 1 }, { "dirigeaient", "head", 1 }, { "dirigea", "head", 1 },
	{ "diriges", "head", 1 },
	{ "pilote", "head", 0 }, { "pilotait", "head", 1 },
	{ "preside", "president", 0 }, { "presidait", "president", 1 },
	/* a coach: "entraîne Castres", "avait conduit Castres en finale",
	 * "a mené le club au titre" */
	{ "entraine", "head", 0 }, { "entrainait", "head", 1 }, { "entrainera", "head", 0 },
	{ "conduit", "head", 1 }, { "conduisait", "head", 1 }, { "mene", "head", 1 },
	/* a post with no title: "travaille chez Dalvex depuis 2010" */
	{ "travaille chez", "employee", 0 }, { "travaillait chez", "employee", 1 },
	{ "a travaille chez", "employee", 1 }, { "avait travaille chez", "employee", 1 },
	{ "travaille pour", "employee", 0 }, { "a travaille pour", "employee", 1 },
	/* a board seat told by a verb: "siège au conseil d'administration de X" */
	{ "siege au conseil d' administration de", "board_member", 0 },
	{ "siege au conseil d' administration d'", "board_member", 0 },
	{ "siegeait au conseil d' administration de", "board_member", 1 },
	{ "siege au conseil de surveillance de", "board_member", 0 },
	{ NULL, NULL, 0 }
};

static const nkg_cue_entry cues[] = {
	{ "menac", NKG_MOD_THREAT, 1 },
	{ "si", NKG_MOD_CONDITIONAL, 0 }, { "s' il", NKG_MOD_CONDITIONAL, 0 },
	{ "s' ils", NKG_MOD_CONDITIONAL, 0 },
	{ "condition", NKG_MOD_CONDITIONAL, 0 },
	{ "pret", NKG_MOD_CONDITIONAL, 0 }, { "prets", NKG_MOD_CONDITIONAL, 0 },
	{ "prete", NKG_MOD_CONDITIONAL, 0 }, { "pretes", NKG_MOD_CONDITIONAL, 0 },
	{ "disons", NKG_MOD_CONDITIONAL, 0 }, { "imaginons", NKG_MOD_CONDITIONAL, 0 },
	{ "supposons", NKG_MOD_CONDITIONAL, 0 },
	{ "pourrai", NKG_MOD_REPORTED, 1 }, { "pourrait", NKG_MOD_REPORTED, 1 },
	{ "rumeur", NKG_MOD_REPORTED, 1 }, { "evoque", NKG_MOD_REPORTED, 0 },
	{ "parle", NKG_MOD_REPORTED, 0 }, { "parlait", NKG_MOD_REPORTED, 0 },
	{ "envisag", NKG_MOD_PLANNED, 1 }, { "souhait", NKG_MOD_PLANNED, 1 },
	{ "veut", NKG_MOD_PLANNED, 0 }, { "veulent", NKG_MOD_PLANNED, 0 },
	{ "voulai", NKG_MOD_PLANNED, 1 }, { "vouloir", NKG_MOD_PLANNED, 0 },
	{ "voudrai", NKG_MOD_PLANNED, 1 },
	{ "prevoi", NKG_MOD_PLANNED, 1 }, { "propos", NKG_MOD_PLANNED, 1 },
	{ "pret a", NKG_MOD_CONDITIONAL, 0 }, { "?", NKG_MOD_QUESTION, 0 },
	{ "exig", NKG_MOD_PLANNED, 1 }, { "demand", NKG_MOD_PLANNED, 1 },
	{ "reclam", NKG_MOD_PLANNED, 1 }, { "appel", NKG_MOD_PLANNED, 1 },
	{ "tent", NKG_MOD_PLANNED, 1 }, { "espere", NKG_MOD_PLANNED, 1 },
	{ "cherch", NKG_MOD_PLANNED, 1 }, { "pression", NKG_MOD_PLANNED, 0 },
	{ "visant", NKG_MOD_PLANNED, 0 }, { "vise", NKG_MOD_PLANNED, 0 },
	{ "visent", NKG_MOD_PLANNED, 0 }, { "afin", NKG_MOD_PLANNED, 0 },
	{ "doit", NKG_MOD_PLANNED, 0 }, { "devrait", NKG_MOD_REPORTED, 0 },
	{ "devraient", NKG_MOD_REPORTED, 0 }, { "pense", NKG_MOD_REPORTED, 0 },
	{ "peut-etre", NKG_MOD_REPORTED, 0 }, { "probablement", NKG_MOD_REPORTED, 0 },
	{ "eventuel", NKG_MOD_REPORTED, 1 }, { "potentiel", NKG_MOD_REPORTED, 1 },
	{ "serait", NKG_MOD_REPORTED, 0 }, { "seraient", NKG_MOD_REPORTED, 0 },
	{ "dement", NKG_MOD_NEGATED, 1 }, { "nie", NKG_MOD_NEGATED, 0 },
	{ "nient", NKG_MOD_NEGATED, 0 }, { "pressenti", NKG_MOD_REPORTED, 1 },
	{ "favori", NKG_MOD_REPORTED, 1 }, { "en lice", NKG_MOD_REPORTED, 0 },
	{ "candidat", NKG_MOD_PLANNED, 1 }, { "pourraient", NKG_MOD_REPORTED, 0 },
	{ "se demande", NKG_MOD_QUESTION, 0 }, { "se demandent", NKG_MOD_QUESTION, 0 },
	{ "aurait", NKG_MOD_REPORTED, 0 }, { "auraient", NKG_MOD_REPORTED, 0 },
	{ NULL, 0, 0 }
};

static const char *const concessive[] = {
	"meme si", "meme s'", NULL
};
static const char *const conditional_endings[] = {
	"rait", "raient", "rais", NULL
};
static const char *const reporting_verbs[] = {
	"annonce", "declare", "indique", "affirme", "confirme", "precise",
	"explique", "assure", "ecrit", "rapporte", "raconte", "estime",
	"souligne", "juge", "commente",
	"revele", NULL
};
static const char *const governing_bodies[] = {
	"conseil d' administration", "conseil de surveillance", "conseil",
	"direction", "ca", "comite executif", "comite de direction",
	"l' entreprise", "la societe", "l' entreprise", "la startup",
	"la start-up", "le groupe", "la firme", "la compagnie",
	"son poste", "ses fonctions",
	/* "l'Assemblée des délégués SSR a approuvé la nomination" */
	"assemblee generale", "assemblee des delegues", "assemblee des actionnaires", NULL
};
static const char *const org_cue_before[] = {
	"societe", "entreprise", "groupe", "firme", "startup", "start-up",
	"constructeur", "editeur", "laboratoire", "cabinet", "banque",
	"assureur", "operateur", "fabricant", "geant", "journal", "quotidien",
	"magazine", "site", "agence", "chaine", "compagnie", "holding",
	"lettre", "hebdomadaire", "mensuel", "newsletter",
	"fonds", "filiale", "chez", "concurrent", "rival", "partenaire",
	"client", "clientes", "clients", "administration", "conseil",
	"employes", "salaries", "effectifs", "personnel", "investisseurs",
	"actionnaires", "equipes", "direction", "dirigeants", "federation",
	"directoire", "surveillance", "presidence",
	"association", "institut", "laboratoire", "fonds", "assureur",
	"constructeur", "fabricant", "distributeur", "editeur", "enseigne",
	"marque", "chaine", "plateforme", "organisation", "ong", "cabinet",
	"mutuelle", "club", "parti", "syndicat", "fondation", "universite",
	"ecole", "musee", "filiale", "pole", "division", "branche", "fintech",
	"biotech", "medtech", "licorne", "pepite", "jeune pousse", "tete",
	"cooperative", "brasserie", "maison", "caisse", "usine", "reseau", "technopole",
	"incubateur", "accelerateur", "pole de competitivite", NULL
};
static const char *const person_cue_before[] = {
	"m.", "mme", "mlle", "me", "dr", "pr", "monsieur", "madame", NULL
};
static const char *const org_suffixes[] = {
	"sa", "sas", "sarl", "se", "group", "groupe", "holding", "ai", "labs",
	"lab", "technologies", "systems", "media", "medias", "capital",
	"partners", "bank", "banque", "assurances", "telecom", "motors",
	"airlines", "pharma", "energies", "industries", "inc", "inc.",
	"corp", "corp.", "ltd", "gmbh", "ag", "co.", "international",
	"services", "finance", "consulting", "ventures", "studios", "games",
	"entertainment", "foundation", "robotics", "biosciences", "therapeutics",
	"analytics", "logistique", "logistics", "energie", "energy", "wind",
	"aerospace", "aeronautique", "automobile", "automobiles", "mobilite",
	"distribution", "immobilier", "assurance", "mutuelle", "software",
	"solutions", "reseaux", "telecoms", "communication", "editions",
	"societe", "institut", "universite", "fondation", "laboratoires",
	"technologie", "tech", "electronique", "industrie", "sante", "conseil",
	"france", "international", "europe", "holding", "partenaires",
	"investissement", "gestion", "banque", "finances", "capital", /* clubs: "Poitiers Basket 86", "Caen Handball" */
	"basket", "handball", "volley", "volley-ball", "rugby", "football", "hockey",
	NULL
};
static const char *const org_prefixes[] = {
	"banque", "groupe", "universite", "institut", "fondation", "ministere",
	"agence", "caisse", "societe", "compagnie", "laboratoires", "editions",
	"conseil", "commission", "federation", "association", "syndicat",
	"cour", "tribunal", "parlement", "assemblee", "senat", "office",
	"autorite", "centre", "cour", "haute", "direction", "confederation",
	/* local government: "Ville de Poussan", "Communauté de Communes
	 * ...", "Mairie de Sète" */
	"ville", "commune", "mairie", "communaute", "metropole",
	"mutuelle", "ecole", "musee", "orchestre", "theatre",
	"alliance", "union", "organisation", "observatoire", "conservatoire",
	"comite", "chambre", "reseau", "collectif", "cooperative", "ligue", "conference",
	/* culture: "Festival d'Automne", "Comédie de Saint-Étienne",
	 * "Opéra de Lyon", "Maison de la culture" */
	"festival", "comedie", "opera", "maison", "scene",
	/* public bodies named in sentence case: "Régie autonome des
	 * transports parisiens", "Voies navigables de France", "Établissement
	 * français du sang", "Bibliothèque nationale de France" */
	"regie", "voies", "etablissement", "bibliotheque", "archives", "opera",
	"aeroports", "aeroport", "port", "grand port", "haut conseil", "inspection",
	"secretariat", "ambassade", "consulat",
	/* "Maison Rivoal", "Olympique Lyonnais" */
	"maison", "olympique",
	/* care: "Hôpitaux universitaires de Strasbourg", "Groupement
	 * hospitalier de territoire", "Clinique mutualiste de X" */
	"hopital", "hopitaux", "hospices", "groupement", "clinique", "polyclinique", "lycee",
	/* clubs: "le Racing club de France" (not "Stade": "Stade de France" is a venue) */
	"racing", "sporting", NULL
};
static const char *const name_particles[] = {
	"de", "du", "des", "de la", "d'", "le", "la", "van", "von", "der",
	"den", "da", "di", "del", "della", "dos", "das", "y", "bin", "ibn",
	"al", "ben", "mac", "st", NULL
};
static const char *const noise_lines[] = {
	"publicite", "partager", "partagez", "laisser un commentaire",
	"votre adresse e-mail", "articles similaires", "bouton retour",
	"fermer", "mise a jour", "lire aussi", "a lire aussi", "abonnez-vous",
	"inscrivez-vous", "connexion", "newsletter", "suivez-nous",
	"nouveautes de", "source :", "credit", "credits", "photo :",
	"image :", "tous droits reserves", "telecharger", "commentaires",
	NULL
};
static const char *const comment_headers[] = {
	"commentaires", "commentaire", "les commentaires", "reagir", "reagissez", "vos commentaires", "reactions", "vos reactions", NULL
};
static const char *const comment_markers[] = { "avatar", NULL };
static const char *const possessive_before[] = {
	"son", "sa", "leur", NULL
};

static const char *const head_verbs[] = {
	"pour diriger", "pour piloter", "pour prendre la tete", "pour prendre les renes",
	"la tete de", "la tete du",
	"la tete des", "la tete d'", "pour superviser",
	"les renes de", "les renes du", "les renes des", "les renes d'",
	/* "succède à Y à la direction du Théâtre des Lilas" */
	"la direction de", "la direction du", "la direction des", "la direction d'", NULL
};
static const char *const copulas[] = {
	"est", "etait", "ete", "devient", "deviendra", "devenu", "devenue", "devenait", "reste", "restera", "demeure", "redevient", "sera", "fut", "serait", NULL
};
static const char *const since_words[] = { "depuis", NULL };
static const char *const source_words[] = { "selon", "d' apres", NULL };
static const char *const name_like_titles[] = { NULL };
static const char *const helm_words[] = { NULL };
static const char *const possessive_marks[] = { NULL };
static const char *const remit_links[] = { "pour", NULL };
static const char *const org_clitics[] = { "en", NULL };
static const char *const genitive_relatives[] = { "dont", NULL };
static const char *const joint_words[] = { "conjoints", "conjointes", NULL };
static const char *const comitative_words[] = { "ainsi que", "de meme que", "tout comme", NULL };
static const char *const demonym_endings[] = {
	"ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", NULL
};
static const char *const announce_verbs[] = {
	"annonce", "annoncait", "annoncera", "officialise", "confirme", NULL
};
static const char *const leave_objects[] = {
	"salle", "reunion", "seance", "terrain", "pelouse", "scene", "plateau", "match",
	"rencontre", "audience", "hemicycle", "tribune", "studio", "batiment", "pays",
	"ville", "conference", "assemblee generale", NULL
};
static const char *const fronted_clauses[] = {
	"apres avoir", "apres etre", "apres s' etre", "avant d' avoir", NULL
};
static const char *const no_longer[] = {
	"n' est plus", "n' etait plus", "n' en est plus", "n' est desormais plus", NULL
};
static const char *const place_preps[] = { "a", "en", "dans", NULL };
static const char *const career_starts[] = {
	"debute sa carriere", "commence sa carriere", "entame sa carriere",
	"debute sa vie professionnelle", "commence sa vie professionnelle",
	"fait ses debuts", "fait ses premieres armes", NULL
};
static const char *const acronym_links[] = {
	"de", "du", "des", "d'", "la", "le", "les", "l'", "pour", "et", "en", "sur", "au", "aux", "a",
	"dans", "par", "contre", "avec", NULL
};
static const char *const org_possessives[] = { "son", "sa", "leur", NULL };
static const char *const novelty_words[] = {
	"nouveau", "nouvelle", "nouvel", "futur", "future", "prochain", "prochaine", NULL
};
static const char *const inverted_copulas[] = { "est", "sera", "etait", NULL };
static const char *const remit_phrases[] = {
	"en charge de", "en charge du", "en charge des", "charge de", "charge du", "chargee de",
	"chargee du", "charge des", "chargee des", NULL
};
static const char *const participle_endings[] = {
	"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", NULL
};
static const char *const division_words[] = {
	"activites", "activite", "service", "reseaux", "reseau", "branche", "pole", "division",
	"operations", "metier", "metiers", "filiere", NULL
};
static const char *const idioms[] = {
	"renvoye devant", "renvoyee devant", "renvoyes devant", "renvoyees devant",
	"renvoi devant", "quitte a", NULL
};
static const char *const pluperfect_aux[] = { "avait", "avaient", NULL };
static const char *const post_nouns[] = {
	"presidence", "president", "direction generale", "ceo", "direction", "head", NULL
};
static const char *const opponent_words[] = { "contre", "face a", "face au", NULL };
static const char *const venue_words[] = {
	"stade", "equipe", "salle", "palais", "complexe", "enceinte", "arena", NULL
};
static const char *const sport_words[] = {
	"entraineur", "entraineurs", "entraineuse", "technicien", "championnat",
	"ligue 1", "ligue 2", "top 14", "pro d2", "football", "rugby", "handball",
	"basket", "basket-ball", "volley", "volley-ball", "hockey", "joueur", "joueurs",
	"joueuses", "match", "matchs", "relegation", "relegue", "maintien", "division",
	"coach", "stade", NULL
};
static const char *const country_preps[] = { "en", NULL };
/* "la Banque Populaire du Nord", "le Crédit Agricole Nord Est" */
static const char *const compass_regions[] = {
	"du nord", "du sud", "de l' est", "de l' ouest", "du centre", "du midi",
	"du nord-est", "du nord-ouest", "du sud-est", "du sud-ouest",
	"nord", "sud", "est", "ouest", "centre", "nord est", "nord ouest", "sud est", "sud ouest",
	"nord-est", "nord-ouest", "sud-est", "sud-ouest", "grand ouest", "grand est", "grand sud",
	"centre-est", "centre-ouest", "centre est", "centre ouest", NULL
};
static const char *const emphatics[] = {
	"lui-meme", "elle-meme", "eux-memes", "elles-memes", "lui", "elle", NULL
};
static const char *const alumni_words[] = {
	"un ancien de chez", "une ancienne de chez", "ancien de chez", "ancienne de chez",
	"un ancien de", "une ancienne de", "un ancien d'", "une ancienne d'",
	"ancien de", "ancienne de", "ancien d'", "ancienne d'",
	/* "Netanyahou, ancien du Boston Consulting Group" */
	"un ancien du", "une ancienne du", "ancien du", "ancienne du",
	/* "Après un passage chez Orange, X a rejoint ..." */
	"un passage chez", "un passage par", "un passage au", "un passage a",
	"plusieurs annees chez", NULL
};
static const char *const municipality_heads[] = { "commune", "ville", "mairie", NULL };
static const char *const plural_anaphors[] = {
	"les deux hommes", "les 2 hommes", "les deux femmes", "les 2 femmes",
	"les deux dirigeants", "les deux entraineurs", "le duo", "le binome", NULL
};
static const char *const club_words[] = {
	"club", "racing", "stade", "olympique", "sporting", "basket", "handball",
	"volley", "rugby", "football", "fc", "us", "as", "sc", "association", NULL
};
/* "fondée voilà trente-deux ans", "il y a 12 ans" */
static const char *const years_ago_before[] = { "il y a", "voila", NULL };
static const char *const years_ago_after[] = { "ans", NULL };
static const char *const number_words[] = {
	"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
	"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "", "",
	"", "vingt", "", "", "", "", "", "", "", "", "", "trente", "", "", "", "",
	"", "", "", "", "", "quarante", "", "", "", "", "", "", "", "", "",
	"cinquante", NULL
};
static const char *const function_words[] = {
	"communication", "communications", "finance", "finances", "marketing",
	"ressources", "humaines", "strategie", "operations", "developpement",
	"juridique", "affaires", "publiques", "international", "internationale",
	"commerciale", "commercial", "ventes", "achats", "numerique", "innovation",
	"recherche", "transformation", "groupe", "globale", "global", NULL
};
static const char *const co_prefixes[] = { "co-", "co", NULL };
static const char *const reference_words[] = { "voir", "lire", "relire", NULL };
static const char *const competitions[] = {
	"champion de", "championne de", "champions de", "championnes de", "vice-champion de",
	"vice-championne de", "coupe de", "coupe d'", "championnat de", "championnat d'",
	"tour de", "tournoi de", "titre de champion de", NULL
};
static const char *const leave_for[] = { "pour", NULL };
static const char *const campus_links[] = { NULL };
static const char *const whose_words[] = { "dont", NULL };
static const char *const demonstratives[] = { "ce", "cet", "cette", NULL };
static const char *const subordinators[] = {
	"comme", "lorsque", "lorsqu'", "quand", "depuis que", "depuis qu'", "alors que", "alors qu'",
	"tandis que", "tandis qu'", "puisque", "puisqu'", "parce que", "parce qu'", "bien que",
	"bien qu'", NULL
};
static const char *const title_seconds[] = { NULL };
static const char *const remit_word_links[] = { NULL };
static const char *const goes_to[] = {
	"parti a", "partie a", "partis a", "parties a", "parti au", "partie au", "partis au",
	"parti chez", "partie chez", "partis chez", "part a", "part au", "part chez",
	"partira a", "partira au", "partira chez", "partir a", "partir au", "partir chez", NULL
};
static const char *const given_name_variants[] = { NULL };
static const char *const place_adjectives[] = { NULL };
static const char *const latest_anaphors[] = {
	"ce dernier", "m", "cette derniere", "f", NULL
};
static const char *const noun_acronyms[] = {
	"pib", "tva", "rtt", "cdi", "cdd", "smic", "pme", "tpe", "eti", "rsa", "ivg", "ogm",
	"jo", "ag", "ca", "dg", "pdg", "drh", "daf", "rh", "ia", "hlm", "btp", "vih", "sida",
	"covid", "qpc", "plu", "plf", "plfss", "ehpad", "ssii", "esn", "cse", "ce", "chsct",
	"rgpd", "ipo", "opa", "ope", "bfr", "ebitda", "ebit", "roi", "kpi", "sms", "tv", "fm",
	"bd", "ko", "ok", "nb", "pqr", "pqn", "ufr",
	/* sport's and everyday things: "la VAR", "la CAN", "le TGV" */
	"var", "can", "ldc", "mvp", "tgv", "ter", "rer", "vtc", "suv", "gps", "pc", "cd", "dvd",
	"pdf", "url", "api", "adn", "arn", "bac", "bts", "dut", "cap", "qi", "ovni", "vip", NULL
};
static const char *const study_words[] = {
	"diplome de", "diplomee de", "diplome d'", "diplomee d'", "diplome du", "diplomee du",
	"diplomes de", "diplomee des", "diplome des", "eleve de", "eleve d'", "eleve du",
	"sorti de", "sortie de", "sorti d'", "sortie d'", "sorti du", "sortie du",
	"forme a", "formee a", "etudes a", "etudie a", "etudes de", "promotion de", NULL
};
static const char *const held_by[] = {
	"assuree", "assure", "assurees", "assures", "exercee", "exerce", "occupee", "occupe", NULL
};
static const char *const proposers[] = {
	"sur proposition", "sur la proposition", "sur le rapport", "a la demande", NULL
};
/* "Le quadragénaire dirige depuis 2011 ...": a person said again by
 * age */
static const char *const person_nouns[] = {
	"trentenaire", "quadragenaire", "quinquagenaire", "sexagenaire",
	"septuagenaire", "octogenaire", "quadra", "quinqua", "sexa", NULL
};
/* ("le Français", "l'Argentin": capitalised demonyms, for French writes
 * the nouns with a capital and the adjectives without) */
static const char *const nationality_nouns[] = {
	"francais", "francaise", "espagnol", "espagnole", "italien", "italienne",
	"allemand", "allemande", "anglais", "anglaise", "britannique", "belge",
	"suisse", "argentin", "argentine", "bresilien", "bresilienne",
	"portugais", "portugaise", "neerlandais", "neerlandaise", "americain",
	"americaine", "canadien", "canadienne", "irlandais", "irlandaise",
	"ecossais", "gallois", "suedois", "danois", "norvegien", "croate",
	"serbe", "polonais", "russe", "ukrainien", "japonais", "chinois",
	"australien", "neo-zelandais", "sud-africain", "marocain", "algerien",
	"tunisien", "senegalais", "ivoirien", "camerounais", "quebecois",
	"luxembourgeois", "grec", "turc", "autrichien", "tcheque", NULL
};
static const char *const title_open[] = { NULL };
static const char *const title_close[] = { NULL };
static const char *const generic_org_tails[] = { "groupe", "holding", NULL };
static const char *const range_open[] = { "de", "entre", NULL };
static const char *const range_mid[] = { "a", "et", "jusqu'en", NULL };
static const char *const object_relatives[] = { "qu'", "que", "ou", NULL };
static const char *const next_year[] = {
	"l' annee suivante", "l' annee d' apres", "un an plus tard", "un an apres", NULL
};
/* "nommé chef en 1996, puis directeur en 1998" */
static const char *const then_words[] = { "puis", "ensuite", "et enfin", NULL };
/* "a été PDG", "avait été directrice": the auxiliary before "été" */
static const char *const perfect_aux[] = {
	"a", "avait", "aura", "aurait", "ont", "avaient", NULL
};
static const char *const apposition_adverbs[] = {
	"jusqu'", "ici", "alors", "actuellement", "desormais", "aujourd'hui", "auparavant", "precedemment", "encore", "toujours", "deja", "egalement", "aussi",
	/* "jusqu'à présent", "jusqu'alors", "jusque-là", "dernièrement" */
	"a", "present", "maintenant", "jusqu'alors", "jusque-la", "recemment", "dernierement", "notamment", "brievement",
	"donc", "ainsi", "officiellement", "successivement", NULL
};
/* Nationality words: capitalised in English ("Dutch payments group"),
 * as nouns in French ("le Kényan X"); never names themselves. */
static const char *const demonyms[] = {
	"americain", "americaine", "americaines", "americains", "britannique",
	"britanniques", "anglais", "anglaise", "anglaises", "ecossais",
	"ecossaise", "ecossaises", "irlandais", "irlandaise", "irlandaises",
	"francais", "francaise", "francaises", "allemand", "allemande",
	"allemandes", "allemands", "neerlandais", "neerlandaise", "neerlandaises",
	"hollandais", "hollandaise", "hollandaises", "suisse", "suisses",
	"italien", "italienne", "italiennes", "italiens", "espagnol", "espagnole",
	"espagnoles", "espagnols", "portugais", "portugaise", "portugaises",
	"belge", "belges", "autrichien", "autrichienne", "autrichiennes",
	"autrichiens", "suedois", "suedoise", "suedoises", "norvegien",
	"norvegienne", "norvegiennes", "norvegiens", "danois", "danoise",
	"danoises", "finlandais", "finlandaise", "finlandaises", "polonais",
	"polonaise", "polonaises", "tcheque", "tcheques", "hongrois", "hongroise",
	"hongroises", "roumain", "roumaine", "roumaines", "roumains", "grec",
	"grece", "greces", "grecs", "turc", "turce", "turces", "turcs", "russe",
	"russes", "ukrainien", "ukrainienne", "ukrainiennes", "ukrainiens",
	"chinois", "chinoise", "chinoises", "japonais", "japonaise", "japonaises",
	"coreen", "coreenne", "coreennes", "coreens", "indien", "indienne",
	"indiennes", "indiens", "pakistanais", "pakistanaise", "pakistanaises",
	"indonesien", "indonesienne", "indonesiennes", "indonesiens",
	"thailandais", "thailandaise", "thailandaises", "vietnamien",
	"vietnamienne", "vietnamiennes", "vietnamiens", "australien",
	"australienne", "australiennes", "australiens", "canadien", "canadienne",
	"canadiennes", "canadiens", "mexicain", "mexicaine", "mexicaines",
	"mexicains", "bresilien", "bresilienne", "bresiliennes", "bresiliens",
	"argentin", "argentine", "argentines", "argentins", "chilien",
	"chilienne", "chiliennes", "chiliens", "colombien", "colombienne",
	"colombiennes", "colombiens", "africain", "africaine", "africaines",
	"africains", "nigerian", "nigeriane", "nigerianes", "nigerians", "kenyan",
	"kenyane", "kenyanes", "kenyans", "senegalais", "senegalaise",
	"senegalaises", "ivoirien", "ivoirienne", "ivoiriennes", "ivoiriens",
	"camerounais", "camerounaise", "camerounaises", "egyptien", "egyptienne",
	"egyptiennes", "egyptiens", "marocain", "marocaine", "marocaines",
	"marocains", "algerien", "algerienne", "algeriennes", "algeriens",
	"tunisien", "tunisienne", "tunisiennes", "tunisiens", "israelien",
	"israelienne", "israeliennes", "israeliens", "iranien", "iranienne",
	"iraniennes", "iraniens", "saoudien", "saoudienne", "saoudiennes",
	"saoudiens", "libanais", "libanaise", "libanaises", "europeen",
	"europeenne", "europeennes", "europeens", "asiatique", "asiatiques",
	"arabe", "arabes", "quebecois", "quebecoise", "quebecoises", "malien",
	"malienne", "maliennes", "maliens", "guineen", "guineenne", "guineennes",
	"guineens", "congolais", "congolaise", "congolaises", "gabonais",
	"gabonaise", "gabonaises", "beninois", "beninoise", "beninoises",
	"togolais", "togolaise", "togolaises", "burkinabe", "burkinabes", NULL
};
static const char *const inclusion[] = { "dont", "notamment", "parmi", NULL };
static const char *const purpose[] = {
	"pour devenir", "pour rejoindre", "pour prendre", "pour diriger", "pour piloter", "afin de", NULL
};
static const char *const become[] = {
	"devenir", "devient", "deviendra", "devenu", "devenue", "deviennent",
	"devenait", "devenaient", "deviendront", "devenus", "devenues", NULL
};
static const char *const future_aux[] = { "serait", "seraient", NULL };
static const char *const future_from[] = {
	"a compter du", "a compter de", "a partir du", "a partir de", "des le", "effective le", "effectif le", "effective au", "effectif au", "a compter", "d' ici", NULL
};
static const char *const abbreviations[] = {
	"janv.", "fevr.", "avr.", "juil.", "sept.", "oct.", "nov.", "dec.", "m.", "mme.", "mlle.", "dr.", "pr.", "st.", "ste.", "cie.", "etc.", "av.", "bd.", "no.", NULL
};
static const char *const by_words[] = { "par", NULL };

/* Succession: the predecessor follows ("Elle succède à X", "Il remplace
 * X", "en remplacement de X"); "remplacé par" is the passive, handled by
 * the by-words after the cue. */
static const char *const succeeds[] = {
	"succede a", "succedera a", "succeder a", "succedant a", "succedait a",
	"a succede a", "remplace", "remplacera", "remplacer", "remplacant",
	/* (the passive's other forms: "Elle est remplacée par Y") */
	"remplacee", "remplaces", "remplacees",
	"remplacait", "en remplacement de", "en remplacement d'", "a la place de",
	"a la place d'", "prend la succession de", "prend la succession d'",
	"prendra la succession de", "prendra la succession d'",
	"prendre la succession de", "prendre la succession d'",
	"prend la suite de", "prend la suite d'", "prendra la suite de",
	"prendra la suite d'", "prendre la suite de", "prendre la suite d'",
	"pris la suite de", "pris la suite d'",
	"pris la succession de", "pris la succession d'", "successeur de",
	"successeur d'", "succeder au", "succede au", "succedera au",
	"remplacement de", "remplacement d'", NULL
};
static const char *const succession_with[] = { "par", NULL };
static const char *const promoted_to[] = { "au poste de", "au poste d'", "au rang de", "comme", "en tant que", "en qualite de", NULL };
static const char *const future_words[] = { NULL };
static const char *const future_endings[] = { "ra", "ront", NULL };
static const char *const active_endings[] = { "ant", NULL };
static const char *const until_words[] = { "jusqu'", "jusque", NULL };
static const char *const takes_office[] = {
	"prendra ses fonctions", "a pris ses fonctions", "prend ses fonctions",
	"prendra officiellement ses fonctions", "entrera en fonction", "entrera en fonctions",
	"entre en fonction", "entre en fonctions", "est entre en fonction", "est entree en fonction",
	"est entre en fonctions", "est entree en fonctions", "prendra son poste", "prend son poste",
	"a pris son poste", NULL
};
/* French institutions capitalise only their first word: "Office national
 * des forêts", "Société des gens de lettres". */
static const char *const name_complement[] = { "de", "du", "des", "d'", "en", NULL };
static const char *const complement_articles[] = { "la", "l'", NULL };
static const char *const adjective_endings[] = {
	"al", "ale", "aux", "ales", "aire", "aires", "ique", "iques", "ien", "ienne",
	"iens", "iennes", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives",
	"eux", "euse", "euses", "ais", "aise", "aises", "ois", "oise", "oises",
	"ain", "aine", "ains", "aines", "iste", "istes", "ees", "ee", "icole", "icoles", NULL
};
static const char *const indefinites[] = { "un", "une", NULL };
static const char *const hands_over[] = {
	"cede sa place a", "cede son fauteuil a", "cede son poste a", "passe la main a",
	"passe le relais a", "passera la main a", "passera le relais a", "cedera sa place a",
	"cede la presidence a", "cede les renes a", "transmet le flambeau a",
	/* "vient de céder son fauteuil à Y" */
	"ceder sa place a", "ceder son fauteuil a", "ceder son poste a", "ceder les renes a",
	"ceder la presidence a", "passer la main a", "passer le relais a",
	"cedera son fauteuil a", "cedera les renes a", "cedera la presidence a",
	/* "va laisser sa place (temporairement) à son adjoint X" */
	"laisser sa place", "laisse sa place", "laissera sa place", "laissait sa place", NULL
};
static const char *const successor_nouns[] = {
	"successeur", "successeure", "remplacant", "remplacante", NULL
};
static const char *const feminine_pronouns[] = { "elle", "celle-ci", NULL };
static const char *const definite_articles[] = { "le", "la", "l'", NULL };
/* "au Parisien" is "à le Parisien": a contraction, and the article it
 * holds, which a name the gazetteer knows may start with ("Le Parisien") */
static const char *const contracted_articles[] = { "au le", "du le", "aux les", "des les", NULL };
/* an election: heading the organisation so is presiding it */
static const char *const elected_words[] = { "elu", "elue", "elus", "elues", "reelu", "reelue", NULL };
/* definite company words that stand for the story's organisation after
 * "à la tête de" ("pour prendre la tête de l'établissement") */
static const char *const org_anaphors[] = {
	"l' etablissement", "l' entreprise", "la societe", "le groupe", "le club",
	"l' association", "l' institution", "l' organisation",
	/* the kinds of organisation the press calls the story's by */
	"la banque", "l' assureur", "le constructeur", "le distributeur", "l' enseigne",
	"la compagnie", "la fondation", "l' agence", "l' universite", "l' hopital",
	"la mutuelle", "le quotidien", "le journal", "la start-up", "la startup",
	"la federation", "l' equipe", NULL
};
static const char *const credentials[] = { NULL };
static const char *const name_suffixes[] = { NULL };
/* ("son", "sa" are said of companies too) */
static const char *const person_possessives[] = { NULL };
/* a team's first word before its town's adjective ("Stade Aurillacois",
 * "Racing Club"); "Stade de France" is a stadium */
static const char *const team_heads[] = { "stade", "racing", "sporting", NULL };
static const char *const person_modifier_endings[] = { NULL };
static const char *const saint_words[] = { "saint", "sainte", "st", "ste", "san", "santa", "sao", NULL };
static const char *const modifier_endings[] = { NULL };
/* Institutions that French writes in lower case (or as an acronym) before
 * the place or name that says which: "l'académie de Créteil", "la
 * préfecture du Cantal", "le CHU de Tours", "le ministère de la Santé". */
static const char *const institution_heads[] = {
	"academie", "prefecture", "sous-prefecture", "ministere", "universite", "faculte",
	"theatre", "musee", "chu", "chr", "chru", "ch", "hopital", "rectorat",
	"mairie", "lycee", "college", "tribunal", "cour", "iut", "ehpad",
	"conseil departemental", "conseil regional", "centre hospitalier",
	/* (councils that are institutions, no company's board) */
	"conseil general", "conseil municipal", "conseil communautaire", "conseil metropolitain",
	"conseil economique", "conseil constitutionnel", "conseil superieur", "conseil national",
	"institut", "ecole", "agence regionale de sante", "ars", "region",
	/* "les musées d'Angers", "le groupe hospitalier de X" */
	"musees", "groupe hospitalier", "groupement hospitalier", "hopitaux",
	/* culture's houses: "le centre dramatique national d'Orléans",
	 * "la scène nationale d'Albi", "le conservatoire de Lyon" */
	"centre dramatique", "centre choregraphique", "centre national",
	"scene nationale", "scene conventionnee", "conservatoire", "hospices civils", "parquet",
	/* "l'ambassade de France à Rome" */
	"ambassade", "consulat", NULL
};
/* "le ministre de la Culture" works at "le ministère de la Culture" */
static const char *const ministries[] = { "ministre", "ministère", NULL };
static const char *const portfolio_titles[] = {
	"ministre", "secretaire", "commissaire", NULL
};
static const char *const board_words[] = {
	"le conseil d' administration", "au conseil d' administration",
	"son conseil d' administration", "le conseil de surveillance",
	"au conseil de surveillance", "son conseil de surveillance", NULL
};
static const char *const where_words[] = { "ou", NULL };
static const char *const origin_words[] = {
	"en provenance de", "en provenance d'", "en provenance du", "venu de", "venue de",
	"venu d'", "venue d'", "venu du", "venue du", "venant de", "venant d'", "venant du",
	/* "a débauché X de chez Y" */
	"de chez", NULL
};

/* Page furniture in HTML class and id names of French sites (src/html.c;
 * the English names are read too). */
static const char *const page_chrome[] = {
	"lire-aussi", "a-lire", "alire", "lireaussi", "a-lire-aussi",
	"partage", "partager", "commentaires", "commentaire", "abonnement",
	"abonnez-vous", "pub", "publicite", "encart", "bandeau", "fil-info",
	"articles-similaires", "sur-le-meme-sujet", "pied", "pied-de-page",
	"droits", NULL
};
static const char *const page_bylines[] = { "auteur", "auteurs", "signature", NULL };

const nkg_lang nkg_lang_fr = NKG_LANG_TABLES("fr");

