#!/usr/bin/env python3
"""Writes a large, deterministic Versus guide for the serve-latency benchmark.

Same seed, same bytes: 3 subjects, 24 criteria in 4 groups, 12 sources, 30 FAQs and N articles
(default 4,000) of about 850 words each, with headings, a table, a code block and links to
criteria, subjects and other articles. Python 3 standard library only.

usage: gen_guide.py OUT_DIR [--articles N] [--seed S]
"""
import argparse
import datetime
import os
import random
import shutil

SUBJECTS = ["alpha", "beta", "gamma"]
GROUPS = ["speed", "safety", "tooling", "community"]
LEVELS = ["built-in", "extension", "none"]
WORDS = ("the a of to and in is it that for on with as by this be are from at or an which can when its "
         "request cache queue server client schema query index route template model field worker thread "
         "deploy build test page matrix verdict source release version plugin config option default "
         "faster slower simpler clearer stable mature careful explicit measured typical common rare "
         "usually often seldom always never between across within without before after during").split()


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def sentence(rng, n):
    w = words(rng, n)
    return w[0].upper() + w[1:] + "."


def paragraph(rng, sentences, links):
    parts = [sentence(rng, rng.randint(9, 16)) for _ in range(sentences)]
    for text, target in links:
        i = rng.randrange(len(parts))
        parts[i] = parts[i][:-1] + f", see [{text}]({target})."
    return " ".join(parts)


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def criteria_slugs():
    return [f"{g}-{i}" for g in GROUPS for i in range(1, 7)]


def site(root):
    write(root, "site.yaml", "\n".join([
        'title: "Alpha vs Beta vs Gamma"',
        'description: "A generated guide for the serve-latency benchmark."',
        'base_url: "https://example.org/bench/"',
        "language: en",
        "subjects: [" + ", ".join(SUBJECTS) + "]",
        "groups:",
        *[f'  - {{key: {g}, title: "{g.title()}"}}' for g in GROUPS],
        "legend:",
        '  - {key: built-in, label: "Built in", symbol: "●", meaning: "Ships with it"}',
        '  - {key: extension, label: "Via extension", symbol: "◐", meaning: "Needs a package"}',
        '  - {key: none, label: "Not included", symbol: "○", meaning: "Not there"}',
        "authors:",
        '  - {name: "Bench Author", url: "https://example.org/me"}',
        ""]))
    write(root, "sources.yaml", "".join(
        f'- {{id: src-{i}, title: "Source number {i}", publisher: "Example Press", date: 2024-0{1 + i % 9}-01}}\n'
        for i in range(1, 13)))
    write(root, "index.md", '---\ntitle: "Alpha vs Beta vs Gamma"\n---\n'
          "**Short answer:** [alpha](subjects/alpha.md) is fast, [beta](subjects/beta.md) is safe.\n")


def subjects(root, rng):
    for s in SUBJECTS:
        write(root, f"subjects/{s}.md", f'---\ntitle: "{s.title()}"\ntagline: "The {s} framework"\n'
              f"first_release: {2000 + SUBJECTS.index(s)}\n---\n{paragraph(rng, 4, [])}\n")


def criteria(root, rng):
    for n, slug in enumerate(criteria_slugs()):
        group = slug.rsplit("-", 1)[0]
        verdicts = "\n".join(
            f'  {s}: {{level: {rng.choice(LEVELS)}, summary: "{sentence(rng, 5)}", sources: [src-{1 + (n + i) % 12}]}}'
            for i, s in enumerate(SUBJECTS))
        write(root, f"criteria/{slug}.md", f'---\ntitle: "{slug.replace("-", " ").title()}"\ngroup: {group}\n'
              f'order: {n % 6 + 1}\nquestion: "How does it do on {slug}?"\nverdicts:\n{verdicts}\n---\n'
              f"## How it compares\n\n{paragraph(rng, 5, [])}\n")


def faqs(root, rng):
    crit = criteria_slugs()
    for i in range(1, 31):
        write(root, f"faq/question-{i}.md", f'---\nquestion: "Question number {i}?"\norder: {i}\n'
              f"criteria: [{crit[i % len(crit)]}]\n---\n{paragraph(rng, 3, [])}\n")


def article(rng, i, count):
    crit = criteria_slugs()
    date = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(1500))
    sources = sorted({f"src-{rng.randint(1, 12)}" for _ in range(2)})
    out = [f'---\ntitle: "Article {i}: {words(rng, 4)}"\n'
           f'meta_description: "{sentence(rng, 12)}"\ndate: {date.isoformat()}\n'
           f"sources: [{', '.join(sources)}]\n---\n"]
    for section in range(1, 6):
        out.append(f"## Section {section}: {words(rng, 3)}\n\n")
        links = [(f"criterion {c}", f"../criteria/{c}.md") for c in rng.sample(crit, 2)]
        if section == 2:
            links.append((SUBJECTS[i % 3], f"../subjects/{SUBJECTS[i % 3]}.md"))
        if section == 4:
            other = 1 + (i * 7919) % count
            links.append((f"article {other}", f"article-{other:05d}.md"))
        out.append(paragraph(rng, 6, links) + "\n\n")
        out.append(paragraph(rng, 6, []) + "\n\n")
        if section == 3:
            out.append("| subject | verdict | note |\n|---|---|---|\n")
            out += [f"| {s} | {rng.choice(LEVELS)} | {words(rng, 4)} |\n" for s in SUBJECTS]
            out.append("\n")
        if section == 5:
            out.append("```python\ndef handler(request):\n"
                       f"    return render(request, \"{words(rng, 1)}.html\", {{\"n\": {i}}})\n```\n\n")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=20250101)
    args = ap.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    rng = random.Random(args.seed)
    site(args.out)
    subjects(args.out, rng)
    criteria(args.out, rng)
    faqs(args.out, rng)
    for i in range(1, args.articles + 1):
        write(args.out, f"articles/article-{i:05d}.md", article(rng, i, args.articles))
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
