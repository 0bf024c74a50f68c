package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.model.Claim;
import dev.versus.model.Criterion;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The print view: the whole guide as one document made for paper ({@code /print/}), built from the
 * same {@link Views} as the site's pages, with bodies passed through {@link PrintBody}. The template
 * {@code print.peb} decides the order and the wording of the chapters; the PDF is made from it.
 */
final class PrintView {
  /** The widest comparison table that still fits a portrait page: more subjects are printed in parts. */
  static final int MAX_COLUMNS = 3;

  private final Site site;
  /** The full matrix; the printed parts of a wide table are narrowed from it. */
  private final Matrix matrix;
  private final Urls urls;
  private final Views views;

  PrintView(Site site, Matrix matrix, Urls urls, Views views) {
    this.site = site;
    this.matrix = matrix;
    this.urls = urls;
    this.views = views;
  }

  PageSpec page() {
    PrintBody bodies = new PrintBody(site, urls);
    // document order, so that the notes of links off the site are numbered as they are read
    Map<String, Object> shortAnswer = site.home().map(h -> entry(Views.map(), bodies.print(Kind.INDEX, "index",
        views.html(Kind.INDEX, "index", h.body()).toString(), 1))).orElse(null);
    Map<Claim, Integer> numbers = new java.util.LinkedHashMap<>();
    for (Claim x : site.evidence().claims()) numbers.put(x, numbers.size() + 1);
    List<Map<String, Object>> criteria = site.criteria().stream()
        .map(c -> withNotes(section(views.criterion(c), bodies, Kind.CRITERION, c.slug()), c, numbers)).toList();
    List<Map<String, Object>> subjects = site.subjects().stream()
        .map(s -> section(views.subject(s), bodies, Kind.SUBJECT, s.slug())).toList();
    List<Map<String, Object>> articles = site.articles().stream()
        .map(a -> section(views.article(a), bodies, Kind.ARTICLE, a.slug())).toList();
    List<Map<String, Object>> faqs = site.faqs().stream()
        .map(f -> section(views.faq(f), bodies, Kind.FAQ, f.slug())).toList();
    List<String> keywords = new ArrayList<>();
    site.subjects().forEach(s -> keywords.add(s.title()));
    site.criteria().forEach(c -> keywords.add(c.title()));
    Map<String, Object> vars = Views.map(
        "cover", Views.map("subjects", site.subjects().stream().map(views::subjectRef).toList(),
            "updated", Views.updated(site).map(Views::human).orElse(""),
            "authors", String.join(", ", site.config().authors().stream().map(a -> a.name()).toList()),
            "url", urls.absolute("")),
        // the running header's text goes into the print view's <style>, as a CSS string
        "headerTitle", new io.pebbletemplates.pebble.extension.escaper.SafeString(cssString(site.config().title())),
        "shortAnswer", shortAnswer,
        "tables", tables(),
        "legend", views.legend(matrix),
        "criteria", criteria,
        "subjects", subjects,
        "articles", articles,
        "faqs", faqs,
        "evidence", endnotes(numbers),
        "sources", bibliography());
    return new PageSpec(dev.versus.web.PageKind.PRINT.route(), "print.peb", "print", site.config().title(), site.config().description(),
        keywords, List.of(), vars);
  }

  /** Each verdict of criterion {@code c} gets the endnote numbers of the claims on its cell. */
  private Map<String, Object> withNotes(Map<String, Object> view, Criterion c, Map<Claim, Integer> numbers) {
    for (Object v : (List<?>) view.get("verdicts")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> verdict = (Map<String, Object>) v;
      String subject = (String) ((Map<?, ?>) verdict.get("subject")).get("slug");
      verdict.put("notes", site.evidence().cell(c.slug(), subject).map(e -> e.claims().stream().map(numbers::get).toList())
          .orElse(List.of()));
    }
    return view;
  }

  /** The claims as numbered endnotes, in the order {@link #withNotes} numbers them: the passage, where it is, what it says. */
  private List<Map<String, Object>> endnotes(Map<Claim, Integer> numbers) {
    List<Map<String, Object>> out = new ArrayList<>();
    numbers.forEach((x, n) -> {
      Criterion c = site.criterion(x.criterion()).orElseThrow();
      Map<String, Object> note = views.passage(x, c);
      note.put("number", n);
      note.put("criterion", c.title());
      note.put("subject", site.subject(x.subject()).map(Subject::title).orElse(x.subject()));
      out.add(note);
    });
    return out;
  }

  /** The sources, each with the stop its title needs ("Which to choose?" takes none). */
  private List<Map<String, Object>> bibliography() {
    List<Map<String, Object>> sources = views.allSources();
    for (Map<String, Object> s : sources) s.put("stop", ((String) s.get("title")).matches(".*[.?!]$") ? "" : ".");
    return sources;
  }

  /** The comparison table, in parts of at most {@link #MAX_COLUMNS} subjects, each with the criterion column. */
  private List<Map<String, Object>> tables() {
    // each part marks the leaders of the whole row, as the comparison page does
    List<Matrix> parts = matrix.parts(MAX_COLUMNS);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Map<String, Object> matrix = views.matrix(parts.get(i));
      for (Object g : (List<?>) matrix.get("groups")) {
        for (Object r : (List<?>) ((Map<?, ?>) g).get("rows")) {
          @SuppressWarnings("unchecked")
          Map<String, Object> row = (Map<String, Object>) r;
          String slug = (String) ((Map<?, ?>) row.get("criterion")).get("slug");
          row.put("anchor", PrintBody.id(Kind.CRITERION, slug));
          // only the first part carries the rows' ids, so each id stays unique in the document
          row.put("rowId", i == 0 ? "row-" + slug : "");
        }
      }
      out.add(Views.map("matrix", matrix, "part", i + 1, "parts", parts.size()));
    }
    return out;
  }

  private static Map<String, Object> section(Map<String, Object> view, PrintBody bodies, Kind kind, String slug) {
    // the site's rendering of the body is the input, so links and highlighting match the web pages
    view.put("anchor", PrintBody.id(kind, slug));
    return entry(view, bodies.print(kind, slug, view.get("html").toString(), 2));
  }

  private static Map<String, Object> entry(Map<String, Object> view, PrintBody.Text text) {
    view.put("html", text.html());
    view.put("notes", text.notes());
    return view;
  }

  /** {@code text} as the inside of a double-quoted CSS string that is safe inside an HTML {@code <style>}. */
  static String cssString(String text) {
    StringBuilder sb = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == '\\' || ch == '"') sb.append('\\').append(ch);
      else if (ch == '<' || ch == '>' || ch == '&' || ch < 0x20) sb.append('\\').append(Integer.toHexString(ch)).append(' ');
      else sb.append(ch);
    }
    return sb.toString();
  }
}
