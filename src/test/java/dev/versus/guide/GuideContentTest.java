package dev.versus.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.SiteLinks;
import dev.versus.TestSites;
import dev.versus.pipeline.BuildResult;
import dev.versus.config.Source;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Django vs Flask guide meets the coverage the content issue asks for, and copies no sentence. */
class GuideContentTest {
  private static final Path CONTENT = TestSites.repo().resolve("content");
  private static final Path SOURCES = TestSites.repo().resolve("../shared/sources");

  @TempDir
  static Path tmp;
  static BuildResult result;
  static Site site;
  static Path out;

  @BeforeAll
  static void build() {
    out = tmp.resolve("site");
    result = TestSites.build(CONTENT, out);
    site = result.site().orElseThrow();
  }

  @Test
  void checkStrictPasses() {
    assertEquals(List.of(), result.diagnostics(), "no errors and no warnings");
    assertEquals(List.of(), SiteLinks.broken(out, site.config().basePath()));
  }

  /**
   * Issue 23: five criterion pages and the print view said "Where sources disagree:" and nothing more where
   * the claims alone disputed a cell, and the comparison page's disputed cells showed neither side.
   */
  @Test
  void noDisputeNoteIsEmptyAndEveryDisputedCellShowsItsSides() {
    int disputedCells = 0;
    for (Path p : SiteLinks.htmlFiles(out)) {
      org.jsoup.nodes.Document d = SiteLinks.parse(p);
      for (org.jsoup.nodes.Element note : d.select(".disputed-note")) {
        String said = note.text().replace("⚠", "").replace("Where sources disagree:", "").replace("Sources disagree.", "");
        assertTrue(!said.isBlank(), out.relativize(p) + ": an empty note");
      }
    }
    for (org.jsoup.nodes.Element cell : SiteLinks.parse(out.resolve("compare/index.html")).select("#matrix td:has(.disputed)")) {
      // the author's note, or at least two answers the claims give, each linking a passage
      boolean written = cell.selectFirst(".dispute-note") != null;
      boolean sides = cell.select(".sides li:has(a[href*=#claim-])").size() >= 2;
      assertTrue(written || sides, cell.parent().id() + ": " + cell.text());
      disputedCells++;
    }
    assertTrue(disputedCells >= 10, "disputed cells: " + disputedCells);
  }

  @Test
  void atLeastTwentyCriteriaWithFullDiscussionsAndAVerdictPerSubject() {
    assertTrue(site.criteria().size() >= 20, "criteria: " + site.criteria().size());
    for (Criterion c : site.criteria()) {
      assertTrue(c.body().words() >= 150, c.slug() + " discussion has " + c.body().words() + " words");
      assertTrue(!c.question().isBlank() && !c.sources().isEmpty(), c.slug());
      for (Subject s : site.subjects()) {
        assertTrue(c.verdict(s.slug()).isPresent(), c.slug() + " has no verdict for " + s.slug());
      }
    }
  }

  @Test
  void everyCriterionIsDiscussedInAnArticle() {
    for (Criterion c : site.criteria()) {
      assertTrue(!site.criterionBacklinks().getOrDefault(c.slug(), List.of()).isEmpty(), c.slug() + " has no backlink");
    }
  }

  @Test
  void atLeastSixLongArticlesWithFullMetadata() {
    assertTrue(site.articles().size() >= 6);
    for (Article a : site.articles()) {
      assertTrue(a.body().words() >= 800, a.slug() + " has " + a.body().words() + " words");
      assertTrue(a.metaTitle().length() <= 70, a.slug() + " meta_title is longer than a search result shows");
      assertTrue(!a.metaDescription().isBlank() && !a.metaKeywords().isEmpty() && !a.sources().isEmpty(), a.slug());
    }
  }

  @Test
  void atLeastTwentyQuestionsEachAnsweredAndLinkingCriteria() {
    assertTrue(site.faqs().size() >= 20);
    for (Faq f : site.faqs()) {
      assertTrue(f.body().words() >= 60, f.slug() + " answer has " + f.body().words() + " words");
      assertTrue(!f.criteria().isEmpty() && !site.criteriaLinkedBy(dev.versus.content.Kind.FAQ, f.slug()).isEmpty(),
          f.slug() + " links no criterion");
    }
  }

  @Test
  void everySourceIsCited() {
    for (Source s : site.config().sources()) {
      assertTrue(site.citations().containsKey(s.id()), s.id() + " is never cited");
    }
  }

  @Test
  void keyFactsOfTheSourcesAreFindable() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path p : SiteLinks.htmlFiles(out)) text.append(SiteLinks.parse(p).text()).append('\n');
    String all = text.toString();
    List<String> missing = new ArrayList<>();
    for (String fact : List.of("12.16%", "11.47%", "2005", "2010", "25%", "16%", "Werkzeug", "Jinja2", "MTV", "blueprint",
        "URLconf", "Django REST framework", "SQLAlchemy", "WTForms", "Flask-Login", "Flask-Security", "CSRF", "clickjacking",
        "SQL injection", "XSS", "HSTS", "JetBrains", "Statista", "Open Hub", "SQLite", "PostgreSQL", "MySQL", "Oracle",
        "Instagram", "Pinterest", "Netflix", "Uber", "Lyft", "Reddit", "Airbnb", "LinkedIn", "Zillow", "Mozilla", "NASA",
        "Disqus", "Bitbucket", "Eventbrite", "National Geographic", "Washington Post", "e-commerce", "blog", "dashboard",
        "mobile", "machine learning")) {
      if (!all.toLowerCase(Locale.ROOT).contains(fact.toLowerCase(Locale.ROOT))) missing.add(fact);
    }
    assertEquals(List.of(), missing);
  }

  /** No run of 8 consecutive words (case-insensitive, punctuation ignored) of content/ appears in a source. */
  @Test
  void noSentenceIsCopiedFromTheSources() throws IOException {
    assumeTrue(Files.isDirectory(SOURCES), "skipped: ../shared/sources is not beside the repo (it exists only in CI and on dev machines)");
    Set<String> sourceRuns = new HashSet<>();
    try (Stream<Path> s = Files.list(SOURCES)) {
      for (Path p : s.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
        sourceRuns.addAll(runs(words(Files.readString(p, StandardCharsets.UTF_8))));
      }
    }
    assertTrue(sourceRuns.size() > 10_000, "the five sources were read");
    List<String> copied = new ArrayList<>();
    try (Stream<Path> s = Files.walk(CONTENT)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".md")).toList()) {
        for (String run : runs(words(Files.readString(p, StandardCharsets.UTF_8)))) {
          if (sourceRuns.contains(run)) copied.add(CONTENT.relativize(p) + ": " + run);
        }
      }
    }
    assertEquals(List.of(), copied);
  }

  static List<String> words(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
    return Stream.of(t.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).collect(Collectors.toList());
  }

  static Set<String> runs(List<String> w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 8 <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + 8)));
    return out;
  }

  @Test
  void copiedRunsAreDetected() {
    // guards the check above against silently matching nothing
    Set<String> src = runs(words("Flask is a micro web framework written in Python, they say."));
    assertTrue(runs(words("Indeed FLASK is a micro-web framework, written in Python!")).stream().anyMatch(src::contains));
  }
}
