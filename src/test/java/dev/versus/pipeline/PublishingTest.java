package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three-subject fixture with one publishing detail changed inline, built end to end (issue 11). */
class PublishingTest {
  @TempDir
  Path tmp;

  private static List<String> diagnostics(BuildResult r) {
    return r.diagnostics().stream().map(Diagnostic::format).toList();
  }

  private static Document html(Path file) {
    return Jsoup.parse(TestSites.read(file));
  }

  private static Document xml(Path file) {
    return Jsoup.parse(TestSites.read(file), "", Parser.xmlParser());
  }

  @Test
  void aPosixLanguageIsPublishedAsItsLanguageTag() {
    Path source = TestSites.fixture("three", tmp);
    String site = TestSites.read(source.resolve("site.yaml")).replace("language: en", "language: pt_BR");
    TestSites.write(source, "-- site.yaml --\n" + site);
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(source, out);
    assertEquals(List.of("site.yaml:4:11: warning: language `pt_BR` uses an underscore, which BCP 47 does not allow: "
        + "publishing `pt-BR`; write `language: pt-BR`"), diagnostics(r));
    assertEquals("pt-BR", html(out.resolve("index.html")).selectFirst("html").attr("lang"));
    assertEquals("pt-BR", html(out.resolve("print/index.html")).selectFirst("html").attr("lang"));
    assertEquals("pt-BR", xml(out.resolve("feed.xml")).selectFirst("feed").attr("xml:lang"));
  }

  @Test
  void aFolderOfTheUsersWhereANewPageGoesIsNamedInTheOutputAndKept() {
    Path mine = tmp.resolve("site/articles/zz-new/index.html/notes.txt");
    BuildResult r = buildANewArticleAfterTheUsersFile(mine);
    // the build published without the page (the manifest listing it); the CLI's named the temporary folder
    assertEquals(List.of(tmp.resolve("site") + ": error: cannot write the site: " + tmp.resolve("site/articles/zz-new/index.html")
        + " is a folder where this build writes a file: move or rename the folder, then build again; the previous output is unchanged"),
        diagnostics(r));
    assertEquals("mine\n", TestSites.read(mine));
  }

  /**
   * The same rule where the user's folder is the top of what is carried over (no file of Versus's around it): an error
   * naming it, not a note while the file went unpublished (exit 0, "kept your new.txt ... rename yours").
   */
  @Test
  void aFolderOfTheUsersWhereANewFileGoesAtTheTopOfTheOutputIsAnErrorToo() {
    Path mine = tmp.resolve("site/new.txt/notes.txt");
    BuildResult r = buildAfterTheUsersFile(mine, "-- static/new.txt --\nnew\n");
    assertEquals(List.of(tmp.resolve("site") + ": error: cannot write the site: " + tmp.resolve("site/new.txt")
        + " is a folder where this build writes a file: move or rename the folder, then build again; the previous output is unchanged"),
        diagnostics(r));
    assertEquals("mine\n", TestSites.read(mine));
  }

  /** The other way round: a file of the user's where a new page's folder goes is named as such, not as an exception's class. */
  @Test
  void aFileOfTheUsersWhereANewPagesFolderGoesIsNamedInTheOutputAndKept() {
    Path mine = tmp.resolve("site/articles/zz-new");
    BuildResult r = buildANewArticleAfterTheUsersFile(mine);
    assertEquals(List.of(tmp.resolve("site") + ": error: cannot write the site: " + mine
        + " is a file where this build writes a folder: move or rename the file, then build again; the previous output is unchanged"),
        diagnostics(r));
    assertEquals("mine\n", TestSites.read(mine));
  }

  /**
   * A link of the user's where the site's articles/ folder was (moved to another disk): a cached build after an edit, and a
   * cold one, stop before changing anything and say what to do; the link stays (the swap they fell back to replaced it
   * with a folder, found by the round-7 tester).
   */
  @Test
  void aLinkOfTheUsersAtAFolderOfTheSiteStopsTheBuildAndStays() throws java.io.IOException {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(TestSites.build(source, out)));
    Path elsewhere = java.nio.file.Files.move(out.resolve("articles"), tmp.resolve("disk-articles"));
    Path link = java.nio.file.Files.createSymbolicLink(out.resolve("articles"), elsewhere);
    TestSites.append(source.resolve("articles/morning.md"), "\nOne more line.\n");
    for (Build build : List.of(new Build().withCache(true), new Build())) {
      BuildResult r = build.run(new BuildOptions(source, out, java.util.Optional.empty(), false, java.util.Optional.empty()), true);
      assertEquals(List.of(out + ": error: cannot write the site: " + link + " is a symbolic link (to " + elsewhere
          + ") where this build writes a folder, and Versus writes only inside the output folder, never through a link: remove"
          + " the link (what it leads to stays), or move that folder in its place, then build again; the previous output is"
          + " unchanged"), diagnostics(r));
      assertTrue(java.nio.file.Files.isSymbolicLink(link), "the user's link stays");
      assertFalse(TestSites.read(elsewhere.resolve("morning/index.html")).contains("One more line."), "nothing written through it");
    }
  }

  /**
   * A file of the guide's that becomes a folder between two builds (static/notes.txt, then static/notes.txt/today.txt),
   * and back: the site's old file is in the way of the new one's folder, and the old folder of the new file. Every
   * build failed with "site/notes.txt/today.txt: Not a directory" until the user deleted the old file by hand.
   */
  @Test
  void aFileOfTheGuidesThatBecomesAFolderAndBackIsPublished() throws java.io.IOException {
    Path source = TestSites.fixtureWith("three", tmp, "-- static/notes.txt --\none");
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(TestSites.build(source, out)));
    java.nio.file.Files.delete(source.resolve("static/notes.txt"));
    TestSites.write(source, "-- static/notes.txt/today.txt --\ntwo");
    assertEquals(List.of(), diagnostics(TestSites.build(source, out)));
    assertEquals("two\n", TestSites.read(out.resolve("notes.txt/today.txt")));
    TestSites.delete(source.resolve("static/notes.txt"));
    TestSites.write(source, "-- static/notes.txt --\nthree");
    assertEquals(List.of(), diagnostics(TestSites.build(source, out)));
    assertEquals("three\n", TestSites.read(out.resolve("notes.txt")));
  }

  @Test
  void aNewPageBelowAFolderOfTheUsersIsPublishedBesideTheUsersFiles() {
    Path mine = tmp.resolve("site/articles/zz-new/notes.txt");
    BuildResult r = buildANewArticleAfterTheUsersFile(mine);
    assertEquals(List.of(), diagnostics(r));
    // the new page moved in beside the user's file, in place (a swap merges the user's folder with the new one)
    assertEquals("ZZ new", html(tmp.resolve("site/articles/zz-new/index.html")).selectFirst("h1").text());
    assertEquals("mine\n", TestSites.read(mine));
  }

  /**
   * Builds fixture {@code three} into {@code tmp/site}, writes the user's file {@code mine} ("mine" and a line break) there, adds an
   * article {@code zz-new} (its page {@code articles/zz-new/index.html}) and builds again.
   */
  private BuildResult buildANewArticleAfterTheUsersFile(Path mine) {
    return buildAfterTheUsersFile(mine, TestSites.article("zz-new", "ZZ new", "2026-01-01", "Hello.\n"));
  }

  /** Builds fixture {@code three} into {@code tmp/site}, writes the user's file {@code mine} there, adds {@code files} to the guide and builds again. */
  private BuildResult buildAfterTheUsersFile(Path mine, String files) {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    assertFalse(TestSites.build(source, out).hasErrors());
    TestSites.write(mine.getParent(), "-- " + mine.getFileName() + " --\nmine");
    TestSites.write(source, files);
    return TestSites.build(source, out);
  }

  @Test
  void aLanguageThatIsNoTagIsAnErrorAtItsLine() {
    Path source = TestSites.fixture("three", tmp);
    String site = TestSites.read(source.resolve("site.yaml")).replace("language: en", "language: English");
    TestSites.write(source, "-- site.yaml --\n" + site);
    BuildResult r = TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of("site.yaml:4:11: error: language `English` is not a BCP 47 language tag: write an ISO 639 "
        + "language code, optionally with a region, such as `en`, `de`, `pt-BR` or `zh-Hant`"), diagnostics(r));
  }

  @Test
  void fileNamesArePercentDecodedOnceAndPublishedEncoded() {
    Path source = TestSites.fixtureWith("three", tmp, """
        -- static/img/c++logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- static/img/my photo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- static/img/my logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- static/img/100%.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        """ + TestSites.article("names", "Names", "2026-01-02", """
        ![C++ logo](../static/img/c++logo.svg) ![photo](../static/img/my%20photo.svg)
        ![Our logo](<../static/img/my logo.svg>) ![full](../static/img/100%25.svg)
        ![rooted](/img/my%20photo.svg)
        """));
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(source, out);
    assertEquals(List.of(), diagnostics(r));
    Document page = html(out.resolve("articles/names/index.html"));
    assertEquals(List.of("/drinks/img/c++logo.svg", "/drinks/img/my%20photo.svg", "/drinks/img/my%20logo.svg",
        "/drinks/img/100%25.svg", "/drinks/img/my%20photo.svg"), page.select("article img").eachAttr("src"));
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("img/my logo.svg")));
  }

  @Test
  void aPlusInALinkIsNeverASpace() {
    Path source = TestSites.fixtureWith("three", tmp, """
        -- static/img/c logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        """ + TestSites.article("names", "Names", "2026-01-02", """
        ![C++ logo](../static/img/c+logo.svg)
        """));
    BuildResult r = TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of("articles/names.md:5:1: error: broken image: `../static/img/c+logo.svg` points at "
        + "static/img/c+logo.svg, which does not exist; did you mean `static/img/c logo.svg`?"), diagnostics(r));
  }

  @Test
  void editorLeftoversAreNotPublished() {
    Path source = TestSites.fixtureWith("three", tmp, """
        -- static/img/cup.svg~ --
        backup
        -- static/img/cup.svg.swp --
        swap
        -- static/Thumbs.db --
        thumbs
        -- static/desktop.ini --
        ini
        -- static/#notes.txt# --
        autosave
        -- static/notes.txt --
        kept
        """);
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(TestSites.build(source, out)));
    for (String f : List.of("img/cup.svg~", "img/cup.svg.swp", "Thumbs.db", "desktop.ini", "#notes.txt#")) {
      assertFalse(java.nio.file.Files.exists(out.resolve(f)), f);
    }
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("notes.txt")));
  }

  @Test
  void aSymlinkOutOfTheGuideIsRefusedWithFileAndReason() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Path outside = java.nio.file.Files.writeString(tmp.resolve("passwords.txt"), "secret");
    java.nio.file.Files.createSymbolicLink(source.resolve("static/passwords.txt"), outside);
    java.nio.file.Files.createSymbolicLink(source.resolve("static/inside.svg"), source.resolve("static/img/cup.svg"));
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(source, out);
    assertEquals(List.of("static/passwords.txt: error: not published: this is a symbolic link to " + outside.toRealPath()
        + ", outside the guide, and Versus publishes only files inside the guide folder; copy the file into static/ "
        + "instead of linking it"), diagnostics(r));
    assertFalse(java.nio.file.Files.exists(out.resolve("passwords.txt")));
  }

  private Path withoutArticles() {
    return TestSites.fixtureWith("three", tmp, """
        -- articles/morning.md --
        (delete)
        -- articles/evening.md --
        (delete)
        -- articles/draft-notes.md --
        (delete)
        """);
  }

  private static BuildResult build(Path source, Path out, String sourceDateEpoch) {
    return new Build(new dev.versus.content.Markdown(), name -> name.equals("SOURCE_DATE_EPOCH") ? sourceDateEpoch : null)
        .run(new BuildOptions(source, out, java.util.Optional.empty(), false, java.util.Optional.empty()), true);
  }

  @Test
  void withoutArticlesTheFeedAndSitemapTakeTheNewestReview() {
    Path source = withoutArticles();
    String price = TestSites.read(source.resolve("criteria/price.md")).replaceFirst("---\n", "---\nreviewed: 2026-03-04\n");
    String caffeine = TestSites.read(source.resolve("criteria/caffeine.md")).replaceFirst("---\n", "---\nreviewed: 2025-12-01\n");
    TestSites.write(source, "-- criteria/price.md --\n" + price + "-- criteria/caffeine.md --\n" + caffeine);
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(build(source, out, "0")));
    assertEquals("2026-03-04T00:00:00Z", xml(out.resolve("feed.xml")).selectFirst("feed > updated").text());
    Document sitemap = xml(out.resolve("sitemap.xml"));
    assertEquals("2026-03-04", lastmod(sitemap, "https://example.org/drinks/"));
    assertEquals("2025-12-01", lastmod(sitemap, "https://example.org/drinks/criteria/caffeine/"));
    assertEquals("2026-03-04", lastmod(sitemap, "https://example.org/drinks/criteria/sweetness/"));
    assertEquals(sitemap.select("url").size(), sitemap.select("url > lastmod").size(), "every URL has a lastmod");
  }

  @Test
  void aGuideWithoutDatesTakesSourceDateEpoch() {
    Path source = withoutArticles();
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(build(source, out, "1767225600")));
    assertEquals("2026-01-01T00:00:00Z", xml(out.resolve("feed.xml")).selectFirst("feed > updated").text());
    assertEquals("2026-01-01", lastmod(xml(out.resolve("sitemap.xml")), "https://example.org/drinks/faq/cheapest/"));
    assertEquals(List.of("SOURCE_DATE_EPOCH: error: `yesterday` is not a number of seconds since 1970-01-01 UTC, such as the "
        + "output of `git log -1 --format=%ct`; fix or unset the environment variable"),
        diagnostics(build(source, out, "yesterday")));
  }

  @Test
  void articlesDateTheirOwnSitemapEntries() {
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(TestSites.build(TestSites.fixture("three", tmp), out)));
    Document sitemap = xml(out.resolve("sitemap.xml"));
    String feedUpdated = xml(out.resolve("feed.xml")).selectFirst("feed > updated").text();
    assertEquals(feedUpdated.substring(0, 10), lastmod(sitemap, "https://example.org/drinks/"));
    for (org.jsoup.nodes.Element entry : xml(out.resolve("feed.xml")).select("entry")) {
      assertEquals(entry.selectFirst("updated").text().substring(0, 10), lastmod(sitemap, entry.selectFirst("id").text()));
    }
  }

  private static String lastmod(Document sitemap, String loc) {
    return sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(loc)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + loc)).selectFirst("lastmod").text();
  }

  @Test
  void hintsOfferTheSlugAFileNameWouldBecomeFixedAnchorsAndLongerNames() {
    Path source = TestSites.fixture("three", tmp);
    String price = TestSites.read(source.resolve("criteria/price.md"));
    TestSites.write(source, "-- criteria/Real_Time.md --\n" + price + TestSites.article("hints", "Hints", "2026-01-02", """
        See [the time](../criteria/real-time.md), [its pros](../subjects/tea.md#pros-cons)
        and [caffeine](../criteria/caffeine-level.md).
        """));
    BuildResult r = TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of(
        "articles/hints.md:5:5: error: broken link: `../criteria/real-time.md` points at criteria/real-time.md, which does "
            + "not exist yet: criteria/Real_Time.md becomes it once renamed to criteria/real-time.md",
        "articles/hints.md:5:43: error: broken anchor: `#pros-cons` is not a heading of subjects/tea.md; did you mean `pros-and-cons`?",
        "articles/hints.md:6:5: error: broken link: `../criteria/caffeine-level.md` points at criteria/caffeine-level.md, which "
            + "does not exist; did you mean `criteria/caffeine.md`?",
        "criteria/Real_Time.md:1:1: error: file name `Real_Time.md` is not a valid slug: use lowercase letters, digits and "
            + "hyphens, e.g. `real-time.md`"), diagnostics(r));
  }

  /**
   * A missing file's name is compared with the names in its folder, not as a whole path: two paths of
   * one folder share most of their letters, so `criteria/window.md` looked close to `criteria/price.md`.
   */
  @Test
  void brokenLinkHintsCompareNamesWithinTheTargetsFolder() {
    Path source = TestSites.fixture("three", tmp);
    TestSites.write(source, TestSites.article("hints", "Hints", "2026-01-02", """
        See [the window](../criteria/window.md), [sweetness](../criteria/sweetnes.md),
        [the price](../critera/price.md) and [the note](window.md).
        """));
    BuildResult r = TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of(
        "articles/hints.md:5:5: error: broken link: `../criteria/window.md` points at criteria/window.md, which does not "
            + "exist; nothing in criteria/ has a name close to `window`",
        "articles/hints.md:5:42: error: broken link: `../criteria/sweetnes.md` points at criteria/sweetnes.md, which does "
            + "not exist; did you mean `criteria/sweetness.md`?",
        "articles/hints.md:6:1: error: broken link: `../critera/price.md` points at critera/price.md, which does not "
            + "exist; did you mean `criteria/price.md`?",
        "articles/hints.md:6:38: error: broken link: `window.md` points at articles/window.md, which does not exist; "
            + "nothing in articles/ has a name close to `window`"), diagnostics(r));
  }

  /**
   * A folder or file named in other capitals ({@code ../CRITERIA/price.md}, as a case-insensitive disk lets an author
   * write it until the site is built elsewhere) is too many edits from {@code criteria/} for a typo: it got "there is
   * no folder CRITERIA/" and no hint. The same name in other capitals is the hint.
   */
  @Test
  void aLinkInOtherCapitalsIsToldTheNameItMeant() {
    Path source = TestSites.fixture("three", tmp);
    TestSites.write(source, TestSites.article("hints", "Hints", "2026-01-02", """
        See [the price](../CRITERIA/PRICE.md).
        """));
    BuildResult r = TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of("articles/hints.md:5:5: error: broken link: `../CRITERIA/PRICE.md` points at CRITERIA/PRICE.md, which"
        + " does not exist; did you mean `criteria/price.md`?"), diagnostics(r));
  }

  @Test
  void theFooterAndHeadExtrasChangeWithoutCopyingTheLayout() {
    Path source = TestSites.fixtureWith("three", tmp, """
        -- templates/partials/footer.peb --
        <footer class="site-footer"><p>Our own footer for {{ site.title }}</p></footer>
        -- templates/partials/head-extra.peb --
        <meta name="google-site-verification" content="abc">
        """);
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(TestSites.build(source, out)));
    for (String page : List.of("index.html", "compare/index.html", "articles/morning/index.html", "faq/cheapest/index.html", "404.html")) {
      Document d = html(out.resolve(page));
      assertEquals("Our own footer for Tea vs Coffee vs Cocoa", d.selectFirst("footer.site-footer").text(), page);
      assertEquals("abc", d.selectFirst("head meta[name=google-site-verification]").attr("content"), page);
      assertEquals(1, d.select("header.site-header").size(), page);
    }
  }

  @Test
  void aPageTemplateMayReplaceTheHeaderBlock() {
    Path source = TestSites.fixtureWith("three", tmp, """
        -- templates/404.peb --
        {% extends "base.peb" %}
        {% block header %}<header class="site-header"><p>Lost?</p></header>{% endblock %}
        {% block content %}<h1>Not here</h1>{% endblock %}
        """);
    Path out = tmp.resolve("site");
    assertEquals(List.of(), diagnostics(TestSites.build(source, out)));
    assertEquals("Lost?", html(out.resolve("404.html")).selectFirst("header.site-header").text());
    assertEquals(1, html(out.resolve("index.html")).select("header.site-header nav").size(), "other pages keep the theme's header");
  }
}
