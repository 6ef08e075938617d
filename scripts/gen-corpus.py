#!/usr/bin/env python3
"""Generates a benchmark corpus as JSON Lines: articles recombined from the
sentences of the demo corpus (corpus/) and of the hand-written cases
(tests/corpus/), with people, organisations and dates substituted from
lists, so that the graph grows the way an archive's does (many people and
organisations, each in a few articles).

usage: gen-corpus.py MEGABYTES OUT.jsonl [SEED]
"""
import json, os, random, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIRST = ["Anne", "Marc", "Sophie", "Karim", "Julie", "Thomas", "Nadia", "Paul", "Claire",
         "Hugo", "Emma", "Louis", "Sarah", "David", "Laura", "Pierre", "Maria", "John",
         "Priya", "Kenji", "Amara", "Lars", "Ines", "Omar", "Eva", "Leo", "Chloe", "Ravi"]
LAST = ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon",
        "Michel", "Garcia", "Roux", "Fournier", "Morel", "Girard", "Andre", "Mercier",
        "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier",
        "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Okafor", "Tanaka", "Rossi"]
ORGA = ["Veltra", "Norvik", "Solano", "Kestrel", "Arvenna", "Brightwater", "Corvell",
        "Helvora", "Quantyx", "Stonebridge", "Fjordline", "Larkspur", "Payvault", "Ekovia",
        "Orbis", "Lumen", "Tarang", "Veloxa", "Dataviel", "Sopraxis", "Kyntra", "Meridian"]
ORGB = ["Systems", "Analytics", "Energy", "Capital", "Motors", "Foods", "Robotics",
        "Group", "Labs", "Bank", "Media", "Software", "Pharma", "Logistique", "Technologies"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]

def sentences():
    out = []
    for d in (os.path.join(ROOT, "corpus"), os.path.join(ROOT, "tests", "corpus")):
        for f in sorted(os.listdir(d)):
            if not f.endswith(".txt"):
                continue
            text = open(os.path.join(d, f), encoding="utf-8").read()
            if text.startswith("---"):
                text = text.split("---", 2)[2]
            lang = "en" if re.search(r"\b(the|and|of)\b", text) and not re.search(r"\b(le|la|les|des)\b", text) else "fr"
            for para in text.split("\n"):
                for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÉ«\"])", para.strip()):
                    if 40 <= len(s) <= 400:
                        out.append((lang, s))
    return out

NAME = re.compile(r"\b([A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)?) ([A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)?)\b")

def main():
    mb = float(sys.argv[1]); path = sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    sents = sentences()
    people = [f"{a} {b}" for a in FIRST for b in LAST]
    orgs = [f"{a} {b}" for a in ORGA for b in ORGB]
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < mb * 1e6:
            lang = rnd.choice(["fr", "en"])
            pool = [s for l, s in sents if l == lang] or [s for _, s in sents]
            cast = rnd.sample(people, 4); firms = rnd.sample(orgs, 3)
            body = []
            for _ in range(rnd.randint(8, 30)):
                s = rnd.choice(pool)
                s = NAME.sub(lambda m: rnd.choice(cast), s)
                s = re.sub(r"\b(OpenAI|Microsoft|Twitch|Google|Salesforce)\b", lambda m: rnd.choice(firms), s)
                body.append(s)
            text = "\n".join(" ".join(body[i:i + 3]) for i in range(0, len(body), 3))
            y = rnd.randint(2015, 2024); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
            rec = {"id": f"bench-{n:07d}", "date": f"{y}-{m:02d}-{d:02d}", "lang": lang, "text": text}
            line = json.dumps(rec, ensure_ascii=False)
            out.write(line + "\n")
            size += len(text.encode("utf-8")); n += 1
    print(f"{path}: {n} articles, {size / 1e6:.1f} MB of text")

if __name__ == "__main__":
    main()
