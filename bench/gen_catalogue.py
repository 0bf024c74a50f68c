#!/usr/bin/env python3
"""Writes a catalogue-sized Versus guide: S subjects x C criteria, the same matrix as Markdown or as CSV.

Same arguments, same bytes: the seed fixes every answer. The criteria come in groups of 50 (at least 2
groups, at most 20), about 70% on the support scale, 20% numbers (a unit and a direction) and 10% free
text; one cell in about 250 carries a `disputed` note, one in about 40 has no answer (a gap, which Versus
warns about and the table shows as such), yet every criterion has one answer at least (a criterion without
verdicts is an error), so that few subjects build too. Both forms hold exactly the same answers, summaries, sources
and disputes, so a build of either must give the same `compare.json`:

- `--form markdown`: `subjects/<slug>.md` and `criteria/<slug>.md` (front matter, one line of body);
- `--form csv`: `data/subjects.csv`, `data/criteria.csv` and `data/cells.csv` with exactly the columns of
  issue 25 (RFC 4180: comma separated, fields quoted where needed, CRLF line ends as the RFC writes).

Python 3 standard library only.

usage: gen_catalogue.py SUBJECTS CRITERIA DIR [--form markdown|csv] [--seed N]
"""
import argparse
import csv
import io
import os
import random
import shutil

LEVELS = [("built-in", "Built in", "●", "Ships with it"), ("partial", "Partly built in", "◕", "The core covers the basics"),
          ("extension", "Via extension", "◐", "An add-on provides it"), ("none", "Not included", "○", "Not there")]
UNITS = [("ms", "lower"), ("%", "higher"), ("MB", "lower"), ("req/s", "higher")]
WORDS = ("fast small stable mature simple strict typed async cached pooled bundled modular explicit clear "
         "router schema query index template worker queue plugin adapter driver session token").split()
SOURCES = 20


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def q(text):
    """A YAML double-quoted scalar (the generator's texts hold no backslash or quote)."""
    return '"' + text + '"'


def matrix(subjects, criteria, seed):
    """The whole matrix as plain data: subjects, groups, criteria with their cells."""
    rng = random.Random(seed)
    subs = [{"slug": f"s{i:03d}", "title": f"Subject {i:03d}", "tagline": f"The {rng.choice(WORDS)} one",
             "version": f"{rng.randint(1, 9)}.{rng.randint(0, 20)}", "website": f"https://example.org/s{i:03d}/"}
            for i in range(1, subjects + 1)]
    ngroups = max(2, min(20, criteria // 50))
    groups = [f"g{g:02d}" for g in range(1, ngroups + 1)]
    crits = []
    for i in range(criteria):
        group = groups[i * ngroups // criteria]
        r = rng.random()
        kind = "scale" if r < 0.7 else "number" if r < 0.9 else "text"
        c = {"slug": f"c{i + 1:04d}", "title": f"Criterion {i + 1:04d} {rng.choice(WORDS)}", "group": group,
             "order": i + 1, "question": f"How {rng.choice(WORDS)} is its {rng.choice(WORDS)}?", "type": kind,
             "scale": "support" if kind == "scale" else "", "unit": "", "better": "", "reviewed": "", "cells": []}
        if kind == "number":
            c["unit"], c["better"] = rng.choice(UNITS)
        for s in subs:
            if rng.random() < 1 / 40:
                continue  # no answer: a gap
            c["cells"].append(answer(rng, s, kind))
        if not c["cells"]:
            # every cell a gap (about one criterion in 1,600 at 2 subjects: c0813 of 2 x 1000): a criterion
            # needs one verdict at least (an empty `verdicts:`, or no row in cells.csv, fails the build), so
            # its first subject is answered, from an RNG of its own so that the main sequence, and every
            # other cell, stays as it was
            c["cells"].append(answer(random.Random(f"{seed}/{c['slug']}"), subs[0], kind))
        crits.append(c)
    return subs, groups, crits


def answer(rng, s, kind):
    """One answered cell of subject `s` on a criterion of type `kind`, drawn from `rng`."""
    cell = {"subject": s["slug"], "level": "", "value": "", "text": "",
            "summary": f"{s['title']} is {rng.choice(WORDS)} and {rng.choice(WORDS)} here.",
            "sources": " ".join(sorted({f"src-{rng.randint(1, SOURCES)}" for _ in range(rng.randint(1, 2))})),
            "disputed": ""}
    if kind == "scale":
        cell["level"] = rng.choice(LEVELS)[0]
    elif kind == "number":
        cell["value"] = f"{rng.randint(1, 9999) / 10:.1f}"
    else:
        cell["text"] = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)}"
    if rng.random() < 1 / 250:
        cell["disputed"] = f"One source calls it {rng.choice(WORDS)}, another {rng.choice(WORDS)}."
    return cell


def common(root, subs, groups):
    write(root, "site.yaml", "\n".join([
        f'title: "Catalogue of {len(subs)} subjects"',
        'description: "A generated catalogue for the scale benchmark."',
        'base_url: "https://example.org/catalogue/"',
        "language: en",
        "subjects: [" + ", ".join(s["slug"] for s in subs) + "]",
        "groups:",
        *[f'  - {{key: {g}, title: "Group {g[1:]}"}}' for g in groups],
        "scales:",
        "  support:",
        *[f'    - {{key: {k}, label: "{label}", symbol: "{sym}", meaning: "{meaning}"}}' for k, label, sym, meaning in LEVELS],
        "authors:",
        '  - {name: "Bench Author"}',
        ""]))
    write(root, "sources.yaml", "".join(
        f'- {{id: src-{i}, title: "Source number {i}", publisher: "Example Press", date: 2024-0{1 + i % 9}-01}}\n'
        for i in range(1, SOURCES + 1)))
    write(root, "index.md", f'---\ntitle: "Catalogue of {len(subs)} subjects"\n---\n'
          "**Short answer:** it depends on the row; the table has every answer.\n")


def markdown(root, subs, crits):
    for s in subs:
        write(root, f"subjects/{s['slug']}.md", f"---\ntitle: {q(s['title'])}\ntagline: {q(s['tagline'])}\n"
              f"version: {q(s['version'])}\nwebsite: {q(s['website'])}\n---\n{s['title']}, generated.\n")
    for c in crits:
        head = [f"title: {q(c['title'])}", f"group: {c['group']}", f"order: {c['order']}",
                f"question: {q(c['question'])}", f"type: {c['type']}"]
        if c["scale"]:
            head.append(f"scale: {c['scale']}")
        if c["unit"]:
            head += [f"unit: {q(c['unit'])}", f"better: {c['better']}"]
        head.append("verdicts:")
        for cell in c["cells"]:
            head.append(f"  {cell['subject']}:")
            for key in ("level", "value", "text"):
                if cell[key]:
                    head.append(f"    {key}: {q(cell[key]) if key == 'text' else cell[key]}")
            head.append(f"    summary: {q(cell['summary'])}")
            head.append(f"    sources: [{', '.join(cell['sources'].split())}]")
            if cell["disputed"]:
                head.append(f"    disputed: {q(cell['disputed'])}")
        write(root, f"criteria/{c['slug']}.md", "---\n" + "\n".join(head) + f"\n---\n{c['question']}\n")


def table(rows, columns):
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue()


def tables(root, subs, crits):
    write(root, "data/subjects.csv", table(subs, ["slug", "title", "tagline", "version", "website"]))
    write(root, "data/criteria.csv", table(crits, ["slug", "title", "group", "order", "question", "type", "scale", "unit",
                                                   "better", "reviewed"]))
    cells = [dict(cell, criterion=c["slug"]) for c in crits for cell in c["cells"]]
    write(root, "data/cells.csv", table(cells, ["criterion", "subject", "level", "value", "text", "summary", "sources",
                                                "disputed"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("subjects", type=int)
    ap.add_argument("criteria", type=int)
    ap.add_argument("dir")
    ap.add_argument("--form", choices=["markdown", "csv"], default="markdown")
    ap.add_argument("--seed", type=int, default=25)
    a = ap.parse_args()
    if a.subjects < 2 or a.criteria < 1:
        ap.error("at least 2 subjects and 1 criterion")
    shutil.rmtree(a.dir, ignore_errors=True)
    subs, groups, crits = matrix(a.subjects, a.criteria, a.seed)
    common(a.dir, subs, groups)
    (markdown if a.form == "markdown" else tables)(a.dir, subs, crits)
    cells = sum(len(c["cells"]) for c in crits)
    print(f"gen_catalogue: {a.subjects} x {a.criteria} ({cells} cells, {len(groups)} groups) as {a.form} in {a.dir}")


if __name__ == "__main__":
    main()
