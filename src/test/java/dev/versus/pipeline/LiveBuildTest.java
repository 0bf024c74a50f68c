package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostics;
import dev.versus.render.Dependencies;
import dev.versus.web.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental correctness, change kind by change kind: after each edit the live build serves
 * exactly what a clean full build of the same sources produces, byte for byte, and it re-renders
 * exactly the pages its dependency record says read a changed input.
 */
class LiveBuildTest {
  /** As the preview server defers them: the feed and the print view are made when requested. */
  private static final Set<String> ON_DEMAND = Set.of("feed.xml", "print/");

  private static final String BASE = "http://127.0.0.1:4321/";

  @TempDir
  Path tmp;
  Path source;
  Path theme;
  LiveBuild live;
  /** The dependency record before the test's first change. */
  Dependencies before;

  @BeforeEach
  void start() throws IOException {
    source = TestSites.fixture("three", tmp);
    // a theme of our own in front of the built-in one, so the test can edit its CSS
    theme = TestSites.themeWith(tmp, "static/css/versus.css");
    live = new LiveBuild(source, Optional.of(theme), false, BASE, ON_DEMAND);
    Rebuild first = live.start();
    assertEquals(List.of(), first.diagnostics());
    assertTrue(first.rendered().contains("articles/morning/"));
    assertEquals(ON_DEMAND, first.deferred());
    assertSameAsFullBuild();
    before = live.dependencies().orElseThrow();
  }

  private BuildOptions options() {
    return new BuildOptions(source, tmp.resolve("unused-out"), Optional.of(BASE), false, Optional.of(theme));
  }

  @Test
  void articleEditReRendersTheArticleAndWhatAggregatesItButNoOtherArticle() {
    Rebuild r = edit("articles/morning.md", t -> t.replace("and\n[coffee]", "and, by a mile,\n[coffee]"));
    assertEquals(Set.of("articles/morning.md", "links:articles/morning.md", "backlinks:caffeine", "mentions:coffee", "feed:articles",
        "feed:entries"),
        r.inputs(), "the edited paragraph links caffeine and coffee, so their backlink excerpts changed");
    // the home page and the article list show the article's title, description and reading time: unchanged here
    assertEquals(Set.of("criteria/caffeine/", "subjects/coffee/", "articles/morning/"), r.rendered());
    assertEquals(ON_DEMAND, r.deferred(), "the feed and the print view show the article's body: made on request");
    assertFalse(r.rendered().contains("articles/evening/"));
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void editAwayFromLinksLeavesTheCriteriaPagesAlone() {
    Rebuild r = edit("articles/morning.md", t -> t.replace("| tea | small |", "| tea | smaller |"));
    assertEquals(Set.of("articles/morning/"), r.rendered());
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void articleTitleEditReachesEveryListAndBacklinkShowingIt() {
    Rebuild r = edit("articles/morning.md", t -> t.replace("title: \"The morning cup\"", "title: \"The first cup\""));
    assertEquals(Set.of("", "articles/", "articles/morning/", "criteria/caffeine/", "criteria/price/", "subjects/coffee/",
        "sources/"), r.rendered());
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void bodyEditsInARowThenATitleEditServeWhatAFullBuildServes() {
    // a body edit that other pages cannot see: the model keeps its site with the article replaced (BodyEdit)
    Rebuild r = edit("articles/morning.md", t -> t.replace("| tea | small |", "| tea | tiny |"));
    assertEquals(Set.of("articles/morning/"), r.rendered());
    assertTrue(text("articles/morning/index.html").contains("tiny"));
    assertTrue(text("feed.xml").contains("tiny"), "the feed is made from the edited site");
    assertSameAsFullBuild();
    // back to the text of the first build: a record of the first edit's article left behind would keep "tiny"
    r = edit("articles/morning.md", t -> t.replace("| tea | tiny |", "| tea | small |"));
    assertEquals(Set.of("articles/morning/"), r.rendered());
    assertFalse(text("articles/morning/index.html").contains("tiny"));
    assertSameAsFullBuild();
    r = edit("articles/morning.md", t -> t.replace("title: \"The morning cup\"", "title: \"The first cup\""));
    assertTrue(r.rendered().containsAll(Set.of("", "articles/", "criteria/caffeine/")), r.rendered().toString());
    assertSameAsFullBuild();
  }

  @Test
  void bodyEditThatChangesTheReadingTimeReachesTheLists() {
    Rebuild r = edit("articles/morning.md", t -> t.replace("| tea | small |", "| tea | small |\n\n" + "word ".repeat(900)));
    // what lists show of an article (its reading time) changed: the home page and the article list too
    assertTrue(r.rendered().containsAll(Set.of("", "articles/", "articles/morning/")), r.rendered().toString());
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void articleBodyEditThatAddsAClaimReachesTheCellItBacks() {
    Rebuild r = edit("articles/morning.md", t -> t.replace("| tea | small |", "| tea | small |\n\nTea costs little. {claim=\"price/tea\"}"));
    assertTrue(r.rendered().containsAll(Set.of("articles/morning/", "criteria/price/")), r.rendered().toString());
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  /**
   * morning.md links evening.md#winding-down: renaming that heading breaks the link, though morning.md did not change
   * (its links were resolved looking at evening.md, so they are resolved again), and naming it back mends it.
   */
  @Test
  void aLinkedHeadingRenamedBreaksTheLinkToItAndRenamedBackMendsIt() {
    Rebuild broken = edit("articles/evening.md", t -> t.replace("## Winding down", "## Slowing down"));
    assertTrue(broken.diagnostics().stream().anyMatch(d -> d.file().equals("articles/morning.md") && d.message().contains("winding-down")),
        broken.diagnostics().toString());
    Rebuild mended = edit("articles/evening.md", t -> t.replace("## Slowing down", "## Winding down"));
    assertEquals(List.of(), mended.diagnostics());
    assertSameAsFullBuild();
  }

  @Test
  void criterionEdit() {
    Rebuild r = edit("criteria/price.md", t -> t.replace("Prices vary by place.", "Prices vary by place and season."));
    assertEquals(Set.of("criteria/price.md", "related:articles/morning.md", "feed:articles", "feed:entries"), r.inputs(), "morning links the price criterion");
    // every page that shows the criterion record: the matrix pages, lists, subjects, the FAQ that cites it
    assertTrue(r.rendered().containsAll(Set.of("criteria/price/", "compare/", "compare/tea-vs-coffee/", "", "criteria/",
        "subjects/tea/", "faq/", "faq/cheapest/")), r.rendered().toString());
    assertFalse(r.rendered().contains("criteria/caffeine/"));
    assertFalse(r.rendered().contains("articles/evening/"));
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void csvCellEditReRendersThePagesShowingItsCriterionOnly() {
    write("data/criteria.csv", "slug,title,group,order,question\naroma,Aroma,taste,3,Smell?\nbody,Body,taste,4,Feel?\n");
    String cells = "criterion,subject,level,summary,sources\n"
        + "aroma,tea,none,Faint.,almanac\naroma,coffee,built-in,Strong.,almanac\naroma,cocoa,none,Sweet.,almanac\n"
        + "body,tea,none,Thin.,almanac\nbody,coffee,extension,Full.,almanac\nbody,cocoa,built-in,Thick.,almanac\n";
    Rebuild added = write("data/cells.csv", cells);
    assertEquals(List.of(), added.diagnostics());
    assertTrue(added.rendered().containsAll(Set.of("criteria/aroma/", "criteria/body/")), added.rendered().toString());
    Dependencies withTables = live.dependencies().orElseThrow();

    Rebuild r = write("data/cells.csv", cells.replace("Thin.", "Thin and watery."));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(Set.of("criteria/body.md"), r.inputs(), "only the criterion of the edited cell");
    assertTrue(r.rendered().containsAll(Set.of("criteria/body/", "compare/", "subjects/tea/")), r.rendered().toString());
    assertFalse(r.rendered().contains("criteria/aroma/"));
    assertFalse(r.rendered().contains("criteria/price/"));
    assertFalse(r.rendered().contains("articles/evening/"));
    assertPredicted(withTables, r);
    assertSameAsFullBuild();
  }

  @Test
  void claimEditReRendersTheCellsItBacks() {
    Rebuild r = edit("subjects/tea.md", t -> t.replace("{claim=\"price/tea\"}", "{claim=\"price/tea\" level=\"built-in\"}"));
    // the passage now grades the cell: the criterion page's evidence says so, and every page showing the cell may change
    assertTrue(r.rendered().containsAll(Set.of("subjects/tea/", "criteria/price/", "compare/", "")),
        r.rendered().toString());
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void faqEdit() {
    Rebuild r = edit("faq/cheapest.md", t -> t.replace("Tea, usually", "Tea, nearly always"));
    assertEquals(Set.of("", "criteria/price/", "faq/", "faq/cheapest/"), r.rendered());
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void siteYamlEditReRendersEveryPage() {
    Rebuild r = edit("site.yaml", t -> t.replace("Tea vs Coffee vs Cocoa", "Tea, Coffee or Cocoa"));
    assertTrue(r.inputs().contains("config"));
    assertEquals(live.dependencies().orElseThrow().routes().size() - ON_DEMAND.size(), r.rendered().size(),
        "all but the on-demand feed and print view");
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void templateOverrideReRendersOnlyThePagesUsingIt() throws IOException {
    String faq = Files.readString(TestSites.repo().resolve("theme/templates/faq.peb"));
    Rebuild added = write("templates/faq.peb", faq.replace("<p class=\"more\">", "<p class=\"more all\">"));
    assertEquals(Set.of("template:faq.peb"), added.inputs());
    assertEquals(Set.of("faq/cheapest/", "faq/which-wakes/"), added.rendered());
    assertPredicted(before, added);
    assertSameAsFullBuild();

    Dependencies afterAdd = live.dependencies().orElseThrow();
    Rebuild partial = write("templates/partials/breadcrumbs.peb",
        Files.readString(TestSites.repo().resolve("theme/templates/partials/breadcrumbs.peb")).replace("breadcrumbs wrap", "breadcrumbs wrap trail"));
    assertEquals(Set.of("template:partials/breadcrumbs.peb"), partial.inputs());
    assertTrue(partial.rendered().containsAll(Set.of("", "articles/morning/", "404.html")));
    assertFalse(partial.rendered().contains("sitemap.xml"), "the sitemap template does not extend base.peb");
    assertPredicted(afterAdd, partial);
    assertSameAsFullBuild();
  }

  @Test
  void i18nEditReRendersEveryPageWithTheNewWords() throws IOException {
    Rebuild r = write("i18n/en.yaml", "crumbs.home: \"Start\"\n");
    assertEquals(Set.of("i18n"), r.inputs(), "the guide's i18n file changes the theme's words, nothing else");
    assertEquals(live.dependencies().orElseThrow().routes().size() - ON_DEMAND.size(), r.rendered().size(),
        "all but the on-demand feed and print view");
    assertTrue(text("faq/cheapest/index.html").contains(">Start</a>"));
    assertPredicted(before, r);
    assertSameAsFullBuild();

    Path themeStrings = Files.createDirectories(theme.resolve("i18n")).resolve("en.yaml");
    Files.writeString(themeStrings, "footer.builtWith: \"Made with Versus\"\ncrumbs.home: \"Theme home\"\n");
    Rebuild t = live.update(List.of(themeStrings));
    assertEquals(Set.of("i18n"), t.inputs(), "a --theme folder's i18n file");
    String page = text("faq/cheapest/index.html");
    assertTrue(page.contains("Made with Versus") && page.contains(">Start</a>"), "the guide's string wins over the theme's");
    assertSameAsFullBuild();
  }

  @Test
  void cssEditChangesEveryPagesAssetUrlAndTheStylesheet() throws IOException {
    Path css = theme.resolve("static/css/versus.css");
    Files.writeString(css, Files.readString(css) + "\n.test-marker { color: red; }\n");
    Rebuild r = live.update(List.of(css));
    assertEquals(Set.of("globals"), r.inputs(), "the stylesheet's URL carries its content hash");
    assertTrue(r.changed().contains("css/versus.css"));
    assertTrue(r.changed().contains("articles/morning/index.html"));
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void addingAnArticle() {
    Rebuild r = write("articles/noon.md", "---\ntitle: \"The noon cup\"\ndate: 2025-01-11\n---\n## Lunch\n\n"
        + "Mind the [price](../criteria/price.md).\n");
    assertTrue(r.rendered().containsAll(Set.of("articles/noon/", "articles/", "", "criteria/price/", "sitemap.xml")),
        r.rendered().toString());
    assertFalse(r.rendered().contains("articles/morning/"));
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void deletingAFaq() throws IOException {
    Files.delete(source.resolve("faq/cheapest.md"));
    Rebuild r = live.update(List.of(source.resolve("faq/cheapest.md")));
    assertEquals(List.of(), r.diagnostics());
    assertTrue(r.changed().contains("faq/cheapest/index.html"));
    assertFalse(live.paths().contains("faq/cheapest/index.html"));
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void renamingAFaq() throws IOException {
    Files.move(source.resolve("faq/which-wakes.md"), source.resolve("faq/what-wakes.md"));
    Rebuild r = live.update(List.of(source.resolve("faq/which-wakes.md"), source.resolve("faq/what-wakes.md")));
    assertEquals(List.of(), r.diagnostics());
    assertTrue(r.rendered().contains("faq/what-wakes/"));
    assertTrue(r.changed().contains("faq/which-wakes/index.html"), "the old page is gone");
    assertPredicted(before, r);
    assertSameAsFullBuild();
  }

  @Test
  void publishingADraft() {
    Rebuild r = edit("articles/draft-notes.md", t -> t.replace("draft: true", "draft: false"));
    assertTrue(r.rendered().containsAll(Set.of("articles/draft-notes/", "articles/", "criteria/price/")));
    assertSameAsFullBuild();
  }

  @Test
  void brokenYamlServesTheLastGoodSiteThenRecovers() {
    Map<String, String> before = servedText();
    Rebuild broken = edit("criteria/price.md", t -> t.replace("title: \"Price\"", "title: \"Price"));
    assertTrue(broken.hasErrors());
    assertTrue(broken.diagnostics().get(0).format().startsWith("criteria/price.md:"), broken.diagnostics().toString());
    assertEquals(Set.of(), broken.rendered());
    assertEquals(before, servedText(), "nothing served changed");

    Rebuild fixed = edit("criteria/price.md", t -> t.replace("title: \"Price", "title: \"Pricing\""));
    assertEquals(List.of(), fixed.diagnostics());
    assertTrue(fixed.rendered().contains("criteria/price/"));
    assertSameAsFullBuild();
  }

  @Test
  void onDemandOutputsAreMadeWhenRequestedAndAgainAfterAChange() {
    AtomicInteger made = new AtomicInteger();
    live.onDemand("morning-words.txt", (site, files, diags) -> files.apply("articles/morning/index.html").map(o -> {
      made.incrementAndGet();
      int words = new String(o.bytes(), StandardCharsets.UTF_8).split("\\s+").length;
      return String.valueOf(words).getBytes(StandardCharsets.UTF_8);
    }));
    assertEquals(0, made.get());
    String first = text("morning-words.txt");
    text("morning-words.txt");
    assertEquals(1, made.get(), "made once, then served from memory");
    edit("articles/morning.md", t -> t.replace("## Paying for it", "## Paying for it\n\nOne two three four."));
    assertEquals(1, made.get(), "not made on save");
    assertTrue(Integer.parseInt(text("morning-words.txt")) > Integer.parseInt(first));
    assertEquals(2, made.get());
  }

  /**
   * The pages re-rendered (or dropped to render on demand) are exactly what the dependency record
   * predicts: the readers of every input whose value changed, the pages that read other inputs
   * than before, and the pages that are new.
   */
  private void assertPredicted(Dependencies before, Rebuild r) {
    Dependencies after = live.dependencies().orElseThrow();
    Set<String> predicted = new LinkedHashSet<>();
    r.inputs().forEach(i -> predicted.addAll(after.readers(i)));
    predicted.addAll(after.changesSince(before).reading());
    after.routes().stream().filter(route -> !before.routes().contains(route)).forEach(predicted::add);
    Set<String> actual = new LinkedHashSet<>(r.rendered());
    actual.addAll(r.deferred());
    assertEquals(new java.util.TreeSet<>(predicted), new java.util.TreeSet<>(actual));
  }

  @Test
  void aStaticFileWithAGeneratedFilesPathIsReportedAndWinsAsInABuild() throws IOException {
    Rebuild r = write("static/404.html", "<!DOCTYPE html><title>Mine</title>");
    write("static/feed.xml", "<feed/>");
    r = live.update(List.of(source.resolve("static/feed.xml")));
    List<String> expected = List.of(
        "static/404.html: warning: replaces the 404.html Versus generates: both are published at /404.html and this file wins; "
            + "to change the generated one, override its template in templates/ instead, or rename this file",
        "static/feed.xml: warning: replaces the feed.xml Versus generates: both are published at /feed.xml and this file wins; "
            + "to change the generated one, override its template in templates/ instead, or rename this file");
    assertEquals(expected, r.diagnostics().stream().map(d -> d.format()).toList(), "serve");
    assertEquals(expected, new Build().run(options(), false).diagnostics().stream().map(d -> d.format()).toList(), "build");
    assertEquals("<feed/>", text("feed.xml"));
    // a template change re-renders the generated 404 page; the guide's file must still be what is served
    Files.createDirectories(source.resolve("templates"));
    Files.copy(TestSites.repo().resolve("theme/templates/404.peb"), source.resolve("templates/404.peb"));
    edit("templates/404.peb", t -> t + "\n");
    assertEquals("<!DOCTYPE html><title>Mine</title>", text("404.html"));
  }

  @Test
  void staticFilesAddedThenDeletedServeWhatAFullBuildServes() throws IOException {
    write("static/img/new.svg", "<svg/>");
    assertEquals("<svg/>", text("img/new.svg"));
    assertSameAsFullBuild();
    write("static/404.html", "<!DOCTYPE html><title>Mine</title>");
    assertEquals("<!DOCTYPE html><title>Mine</title>", text("404.html"));
    Files.delete(source.resolve("static/img/new.svg"));
    Rebuild r = live.update(List.of(source.resolve("static/img/new.svg")));
    assertTrue(r.changed().contains("img/new.svg"), "a deleted static file is a change");
    assertFalse(live.paths().contains("img/new.svg"));
    // the generated page comes back where the guide's own file was
    Files.delete(source.resolve("static/404.html"));
    live.update(List.of(source.resolve("static/404.html")));
    assertSameAsFullBuild();
    // an article edit after them changes nothing else
    edit("articles/morning.md", t -> t + "\nOne more line.\n");
    assertSameAsFullBuild();
  }

  @Test
  void editorLeftoversAndOutsideLinksAreNotServed() throws IOException {
    write("static/img/cup.svg~", "backup");
    write("static/Thumbs.db", "thumbs");
    Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(source.resolve("static/secret.txt"), outside);
    Rebuild r = live.update(List.of(source.resolve("static/secret.txt")));
    assertEquals(List.of("static/secret.txt: error: not published: this is a symbolic link to " + outside.toRealPath()
        + ", outside the guide, and Versus publishes only files inside the guide folder; copy the file into static/ "
        + "instead of linking it"), r.diagnostics().stream().map(d -> d.format()).toList());
    assertEquals(r.diagnostics(), new Build().run(options(), false).diagnostics(), "build and serve agree");
    Files.delete(source.resolve("static/secret.txt"));
    live.update(List.of(source.resolve("static/secret.txt")));
    assertFalse(live.paths().contains("img/cup.svg~"));
    assertFalse(live.paths().contains("Thumbs.db"));
    assertSameAsFullBuild();
  }

  @Test
  void knowsTheBasePathItServesInsteadOf() {
    // the fixture's base_url is https://example.org/drinks/; the preview serves at its own root
    assertEquals(Optional.of("/drinks/"), live.configuredPath());
    assertTrue(text("index.html").contains("href=\"/criteria/\""), "links rooted at the preview's root");
  }

  private Rebuild edit(String file, UnaryOperator<String> change) {
    return write(file, change.apply(TestSites.read(source.resolve(file))));
  }

  private Rebuild write(String file, String text) {
    try {
      Files.createDirectories(source.resolve(file).getParent());
      Files.writeString(source.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return live.update(List.of(source.resolve(file)));
  }

  private void assertSameAsFullBuild() {
    BuildResult full = new Build().run(options(), false);
    assertEquals(List.of(), full.diagnostics());
    Map<String, byte[]> expected = new TreeMap<>();
    full.outputs().forEach(o -> expected.put(o.path(), bytes(o)));
    Map<String, byte[]> actual = new TreeMap<>();
    Diagnostics diags = new Diagnostics();
    for (String path : live.paths()) actual.put(path, bytes(live.get(path, diags).orElseThrow().output()));
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }

  private Map<String, String> servedText() {
    Map<String, String> out = new TreeMap<>();
    for (String path : live.paths()) out.put(path, text(path));
    return out;
  }

  private String text(String path) {
    return new String(bytes(live.get(path, new Diagnostics()).orElseThrow().output()), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Output o) {
    try {
      return o.bytes() != null ? o.bytes() : Files.readAllBytes(o.copyOf());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
