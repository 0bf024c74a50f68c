#!/usr/bin/env python3
"""Writes N generated articles twice: into a Versus guide and into a Hugo site, same Markdown.

Same seed, same bytes. Each article has about 850 words: five `##` sections of prose, a bullet
list, a table, a fenced Python block, and links to a criterion, a subject and another article.
The Versus guide is `versus init`'s skeleton (made beforehand by bench/run.sh) plus articles/;
the Hugo site gets the same article bodies, pages for the skeleton's criterion and subjects so
the links resolve there too, a render hook that resolves `.md` links as Versus does, and minimal
single/list templates (article pages + a home page listing every article). Python 3 standard
library only.

usage: gen_sites.py VERSUS_DIR HUGO_DIR --articles N [--seed S]
"""
import argparse
import datetime
import os
import random
import shutil

SUBJECTS = ["alpha", "beta"]
LEVELS = ["built-in", "extension", "none"]
# the prose vocabulary and writers are gen_guide.py's: one generator of article text for every benchmark
from gen_guide import WORDS, paragraph, sentence, words, write  # noqa: E402,F401


def article(rng, i, count):
    """(title, description, date, Markdown body) of article i of count."""
    title = f"Article {i}: {words(rng, 4)}"
    description = sentence(rng, 12)
    date = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(1500))
    out = []
    for section in range(1, 6):
        out.append(f"## Section {section}: {words(rng, 3)}\n\n")
        links = []
        if section == 1:
            links.append(("speed", "../criteria/speed.md"))
        if section == 2:
            links.append((SUBJECTS[i % 2], f"../subjects/{SUBJECTS[i % 2]}.md"))
        if section == 4:
            other = 1 + (i * 7919) % count
            links.append((f"article {other}", f"article-{other:05d}.md"))
        out.append(paragraph(rng, 6, links) + "\n\n")
        out.append(paragraph(rng, 6, []) + "\n\n")
        if section == 1:
            out += [f"- {sentence(rng, 6)}\n" for _ in range(4)]
            out.append("\n")
        if section == 3:
            out.append("| subject | verdict | note |\n|---|---|---|\n")
            out += [f"| {s} | {rng.choice(LEVELS)} | {words(rng, 4)} |\n" for s in SUBJECTS]
            out.append("\n")
        if section == 5:
            out.append("```python\ndef handler(request):\n"
                       f"    items = load(request, \"{words(rng, 1)}\")\n"
                       f"    return render(request, \"page.html\", {{\"n\": {i}, \"items\": items}})\n```\n\n")
    return title, description, date, "".join(out)


def versus_article(title, description, date, body):
    return (f'---\ntitle: "{title}"\nmeta_description: "{description}"\ndate: {date.isoformat()}\n'
            f"sources: [alpha-docs]\n---\n{body}")


def hugo_page(title, description, date, body):
    return f'---\ntitle: "{title}"\ndescription: "{description}"\ndate: {date.isoformat()}\n---\n{body}'


HUGO_CONFIG = """baseURL = "https://example.org/bench/"
title = "Alpha vs Beta"
languageCode = "en"
disableKinds = ["taxonomy", "term"]
"""

HUGO_BASEOF = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title><meta name="description" content="{{ .Description }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""

HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ .Content }}</article>{{ end }}
"""

HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""

HUGO_HOME = """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range where .Site.RegularPages "Section" "articles" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>{{ end }}
"""

# Resolves links to other pages' Markdown files as Versus does; anything else is left as written.
HUGO_LINK_HOOK = """{{- $url := .Destination -}}
{{- if strings.HasSuffix $url ".md" -}}{{- with .Page.GetPage (strings.TrimSuffix ".md" $url) -}}{{- $url = .RelPermalink -}}{{- end -}}{{- end -}}
<a href="{{ $url | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
"""


def hugo_skeleton(root, versus_dir):
    write(root, "config.toml", HUGO_CONFIG)
    write(root, "layouts/_default/baseof.html", HUGO_BASEOF)
    write(root, "layouts/_default/single.html", HUGO_SINGLE)
    write(root, "layouts/_default/list.html", HUGO_LIST)
    write(root, "layouts/index.html", HUGO_HOME)
    write(root, "layouts/_default/_markup/render-link.html", HUGO_LINK_HOOK)
    # the skeleton's criterion and subjects, so the articles' links resolve in Hugo as well
    for rel in ["criteria/speed.md"] + [f"subjects/{s}.md" for s in SUBJECTS]:
        name = os.path.splitext(os.path.basename(rel))[0]
        body = open(os.path.join(versus_dir, rel), encoding="utf-8").read().split("---\n", 2)[2]
        write(root, "content/" + rel, f'---\ntitle: "{name.title()}"\n---\n{body}')
    write(root, "content/_index.md", '---\ntitle: "Alpha vs Beta"\n---\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("versus_dir")
    ap.add_argument("hugo_dir")
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=20250101)
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.versus_dir, "site.yaml")):
        raise SystemExit(f"{args.versus_dir}: run `versus init` there first")
    articles = os.path.join(args.versus_dir, "articles")
    for name in os.listdir(articles) if os.path.isdir(articles) else []:
        if name.startswith("article-"):  # a previous run's; the skeleton's own article stays
            os.remove(os.path.join(articles, name))
    shutil.rmtree(args.hugo_dir, ignore_errors=True)
    hugo_skeleton(args.hugo_dir, args.versus_dir)
    rng = random.Random(args.seed)
    total_words = 0
    for i in range(1, args.articles + 1):
        title, description, date, body = article(rng, i, args.articles)
        total_words += len(body.split())
        write(args.versus_dir, f"articles/article-{i:05d}.md", versus_article(title, description, date, body))
        write(args.hugo_dir, f"content/articles/article-{i:05d}.md", hugo_page(title, description, date, body))
    print(f"wrote {args.articles} articles (about {total_words // args.articles} words each) "
          f"to {args.versus_dir} and {args.hugo_dir}")


if __name__ == "__main__":
    main()
