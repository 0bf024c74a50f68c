package dev.versus.render;

import dev.versus.content.Body;
import dev.versus.content.Kind;
import dev.versus.model.Site;
import dev.versus.render.page.Printed;
import dev.versus.web.Anchors;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a body rendered for the site into a body for the print document, where every page of the
 * site is a section: links to the site become in-document links (printed "see p. N"), links off the
 * site get a numbered note with the address written out, ids get the section's prefix so they stay
 * unique, and headings move down below the section's own heading.
 *
 * <p>Anchors of the print document: {@code criterion-<slug>}, {@code subject-<slug>},
 * {@code article-<slug>}, {@code faq-<slug>}, {@code source-<id>}, {@code row-<criterion>} (the
 * comparison table), {@code note-<n>}, the chapters' ids, and {@code <section>--<id>} for an id
 * inside a section's body. One instance numbers the notes of one document, in document order.
 */
final class PrintBody {
  private static final Map<String, String> CHAPTERS = Map.of(PageKind.COMPARE.route(), "comparison",
      PageKind.CRITERIA.route(), "criteria", PageKind.SUBJECTS.route(), "subjects", PageKind.ARTICLES.route(), "articles",
      PageKind.FAQS.route(), "faq", PageKind.SOURCES.route(), "sources", PageKind.PRINT.route(), "cover",
      PageKind.HOME.route(), "cover");

  private static final java.util.regex.Pattern OFF_SITE = java.util.regex.Pattern.compile("(?i)(https?|ftp|mailto):.*");
  private static final java.util.regex.Pattern BARE = java.util.regex.Pattern.compile("(?i)^(https?://|mailto:)");
  private static final java.util.regex.Pattern TRAILING_SLASH = java.util.regex.Pattern.compile("/$");
  private final Site site;
  private final Urls urls;
  private final Map<String, Section> sections = new HashMap<>();
  private final Predicate<String> onPage;
  private int notes;

  /** A section of the print document made from one content page, with the ids its body defines. */
  private record Section(String id, Set<String> bodyIds) {}

  /**
   * {@code onPage} says which anchors (or, for an anchor inside a section's body, which section's anchor)
   * the document has: a link to any other part of the guide is written out as a link off the site is (a
   * split print view's volume holds some criteria only).
   */
  PrintBody(Site site, Urls urls, Predicate<String> onPage) {
    this.site = site;
    this.urls = urls;
    this.onPage = onPage;
    site.criteria().forEach(c -> add(Kind.CRITERION, c.slug(), c.body()));
    site.subjects().forEach(s -> add(Kind.SUBJECT, s.slug(), s.body()));
    // without articles in print (site.yaml's `print: articles: none`) a link to one gets a note with its address
    if (site.config().outputs().printArticles()) site.articles().forEach(a -> add(Kind.ARTICLE, a.slug(), a.body()));
    site.faqs().forEach(f -> add(Kind.FAQ, f.slug(), f.body()));
    site.home().ifPresent(h -> sections.put(PageKind.HOME.route(), new Section("short-answer", h.body().ids())));
  }

  private void add(Kind kind, String slug, Body body) {
    sections.put(kind.route(slug), new Section(id(kind, slug), body.ids()));
  }

  /** The anchor of a content page's section in the print document. */
  static String id(Kind kind, String slug) {
    return switch (kind) {
      case INDEX -> "short-answer";
      case CRITERION -> "criterion-" + slug;
      case SUBJECT -> "subject-" + slug;
      case ARTICLE -> "article-" + slug;
      case FAQ -> "faq-" + slug;
    };
  }

  /**
   * The print form of {@code html}, the site's rendering of the body of {@code kind}/{@code slug};
   * its headings are moved down by {@code shift} levels.
   */
  Printed.Text print(Kind kind, String slug, String html, int shift) {
    String prefix = id(kind, slug) + "--";
    // a body is Jsoup's own output: the same edits made on its text spare a parse per body (PrintText)
    var tags = LinkAttrs.all(html);
    if (tags.isPresent()) {
      Printed.Text text = new PrintText(this, html, tags.get(), prefix, shift).print();
      if (text != null) return text;
    }
    return withJsoup(prefix, html, shift);
  }

  /** {@link #print} through a Jsoup DOM: the path for a body {@link LinkAttrs#all} does not read, and the reference in tests. */
  Printed.Text withJsoup(String prefix, String html, int shift) {
    Document dom = Jsoup.parseBodyFragment(html);
    dom.outputSettings().prettyPrint(false);
    Element root = dom.body();
    BodyHtml.prefixIds(root, prefix);
    List<Printed.Note> added = new ArrayList<>();
    for (Element a : root.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#")) {
        continue;
      } else if (href.startsWith(urls.basePath())) {
        internal(href.substring(urls.basePath().length())).ifPresentOrElse(
            anchor -> a.attr("href", "#" + anchor).addClass("xref").removeAttr("rel"),
            () -> note(a, urls.absolute(href.substring(urls.basePath().length())), added));
      } else if (offSite(href)) {
        note(a, href, added);
      }
    }
    for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
      h.tagName("h" + Math.min(6, h.tagName().charAt(1) - '0' + shift));
    }
    return new Printed.Text(new SafeString(root.html()), added);
  }

  /** Whether {@code href} (not in-page, not on the site) is an address off the site that gets a note. */
  static boolean offSite(String href) {
    return OFF_SITE.matcher(href).matches();
  }

  Urls urls() {
    return urls;
  }

  /** The next note's number: notes are numbered in document order across the whole print view. */
  int nextNote() {
    return ++notes;
  }

  /** How many notes this document numbered so far. */
  int notesSoFar() {
    return notes;
  }

  /** Moves the note counter past {@code count} notes a section reused from the last build numbered ({@link PrintSections}). */
  void skipNotes(int count) {
    notes += count;
  }

  /**
   * A digest of this document's table of sections: every section's route, anchor and the ids of its body, which
   * decide where a link to another page of the guide points in print. With the page's own inputs it decides a
   * printed body ({@link PrintSections}).
   */
  String shape() {
    StringBuilder sb = new StringBuilder();
    new java.util.TreeMap<>(sections).forEach((route, s) -> {
      sb.append(route).append('\0').append(s.id());
      new java.util.TreeSet<>(s.bodyIds()).forEach(id -> sb.append('\0').append(id));
      sb.append('\n');
    });
    return java.util.HexFormat.of().formatHex(dev.versus.content.Hash128.of(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** The in-document anchor of a link to the site's route (with an optional #anchor), if this document has it. */
  Optional<String> internal(String route) {
    return anchor(route).filter(a -> onPage.test(a.contains("--") ? a.substring(0, a.indexOf("--")) : a));
  }

  /** The print view's anchor of a link to the site's route (with an optional #anchor), if it has one. */
  private Optional<String> anchor(String route) {
    String anchor = "";
    int hash = route.indexOf('#');
    if (hash >= 0) {
      // published links percent-encode their fragment (`#gr%C3%B6%C3%9Fe`); the ids are the decoded text
      anchor = dev.versus.content.UrlPath.decode(route.substring(hash + 1)).orElse(route.substring(hash + 1));
      route = route.substring(0, hash);
    }
    Section s = sections.get(route);
    if (s != null) return Optional.of(s.bodyIds().contains(anchor) ? s.id() + "--" + anchor : s.id());
    if (PageKind.COMPARE.matches(route) && site.criterion(anchor).isPresent()) return Optional.of("row-" + anchor);
    if (PageKind.SOURCES.matches(route) && anchor.startsWith(Anchors.SOURCE)) return Optional.of(anchor);
    if (PageKind.FAQS.matches(route) && anchor.startsWith(Anchors.QUESTION)) {
      return Optional.of("faq-" + anchor.substring(Anchors.QUESTION.length()));
    }
    if (PageKind.COMPARE_PAIR.matches(route)) return Optional.of("comparison");
    if (PageKind.ARTICLES.matches(route) && !site.config().outputs().printArticles()) return Optional.empty();
    return Optional.ofNullable(CHAPTERS.get(route));
  }

  /** Numbers a link off the site, unless its text already is the address. */
  private void note(Element a, String url, List<Printed.Note> added) {
    a.attr("href", url);
    if (!needsNote(a.text(), url)) return;
    int n = nextNote();
    a.after(new Element("sup").addClass("note-ref").appendChild(
        new Element("a").attr("href", "#note-" + n).text(String.valueOf(n))));
    added.add(new Printed.Note(n, url, "note-" + n));
  }

  /** Whether a link to {@code url} with text {@code linkText} needs a note: not when its text already is the address. */
  static boolean needsNote(String linkText, String url) {
    String text = linkText.strip();
    String bare = TRAILING_SLASH.matcher(BARE.matcher(url).replaceFirst("")).replaceFirst("");
    return !(text.equals(url) || text.equals(bare) || text.equals(bare + "/"));
  }
}
