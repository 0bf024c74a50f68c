package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.InitGuide;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 2: YAML 1.2 (6.2, "separation spaces") allows tabs between {@code key:} and its
 * value; only indentation must be spaces. Every YAML file of the guide that {@code versus init} writes
 * gets a tab after one of its keys and must publish exactly what the space gave.
 */
class YamlSeparationTest {
  @TempDir
  Path tmp;

  @Test
  void aTabAfterTheColonIsSeparationInEveryYamlFile() {
    Map<String, String> expected = InitGuide.pages(InitGuide.build(InitGuide.create(tmp.resolve("spaces"))));
    Path guide = InitGuide.create(tmp.resolve("tabs"));
    InitGuide.edit(guide, "site.yaml", t -> t.replace("title: \"Alpha vs Beta\"", "title:\t\"Alpha vs Beta\"")
        .replace("language: en", "language:\ten"));
    InitGuide.edit(guide, "sources.yaml", t -> t.replace("title: \"Alpha documentation\"", "title:\t\"Alpha documentation\""));
    InitGuide.edit(guide, "index.md", t -> t.replace("title: \"Alpha vs Beta\"", "title:\t\"Alpha vs Beta\""));
    InitGuide.edit(guide, "subjects/alpha.md", t -> t.replace("tagline: \"The fast one\"", "tagline:\t\"The fast one\"")
        .replace("pros: [\"Fast\"]", "pros:\t\t[\"Fast\"]"));
    InitGuide.edit(guide, "subjects/beta.md", t -> t.replace("license: \"Apache-2.0\"", "license: \t\"Apache-2.0\""));
    // nested: a verdict's key inside the verdicts map, and a key inside a flow map
    InitGuide.edit(guide, "criteria/speed.md", t -> t.replace("  alpha: {level: built-in", "  alpha:\t{level:\tbuilt-in"));
    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace("title: \"Getting started\"", "title:\t\"Getting started\""));
    InitGuide.edit(guide, "faq/which-first.md", t -> t.replace("order: 1", "order:\t1"));

    BuildResult r = InitGuide.build(guide);
    assertEquals(List.of(), InitGuide.messages(r));
    Map<String, String> actual = InitGuide.pages(r);
    expected.forEach((path, html) -> assertEquals(html, actual.get(path), path));
    assertEquals("Getting started", Jsoup.parse(actual.get("articles/getting-started/index.html")).selectFirst("h1").text());
  }

  @Test
  void aTabThatIndentsIsStillAnErrorAtItsPosition() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "criteria/speed.md", t -> t.replace("  beta: {level: extension", "\tbeta: {level: extension"));
    List<String> messages = InitGuide.messages(InitGuide.build(guide));
    assertEquals(1, messages.size(), messages.toString());
    assertEquals("criteria/speed.md:8:1: error: invalid YAML:", messages.get(0).substring(0, 43), messages.get(0));
  }
}
