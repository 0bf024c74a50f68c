package dev.versus.search;

import dev.versus.content.Body;
import dev.versus.content.Hash128;
import dev.versus.content.Kind;
import dev.versus.content.Utf8Chars;
import dev.versus.model.Answer;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import dev.versus.web.Json;
import dev.versus.web.Links;
import dev.versus.web.Output;
import dev.versus.web.Routes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The site's search index, in the files a browser loads: {@code search/index.json} holds every
 * document the reader can find (criteria, each subject's answer on each criterion, subjects, articles, FAQ) and is the only file the first
 * query needs; {@code search/text-<n>.json} hold the full text of articles when the articles are too
 * large to ship in one file, each loaded only when the reader asks to search article text too.
 *
 * <p>Ranking is MiniSearch's (BM25, prefix and fuzzy matching, field boosts) in the browser; this
 * class only decides what text goes where. Without parts, {@code index.json} carries every article's
 * text; with parts it carries each article's title, headings and description, and a part's text is
 * appended to its article when loaded (MiniSearch's {@code replace}). The split is the lazy loading
 * the issue asks for on large guides: a 4,000-article guide's first query reads titles, not the corpus.
 */
public record SearchIndex(List<SearchDocument> documents, List<List<ArticleText>> parts) {
  /** Articles' text up to this many characters in all ships inside {@link Routes#SEARCH_INDEX} (Django vs Flask: ~200,000). */
  static final int INLINE_LIMIT = 400_000;
  /** The fields MiniSearch indexes, in the order search-options.js gives them (their ids in the serialized index). */
  static final List<String> FIELDS = List.of("title", "headings", "text");
  /** Characters of article text per part file at most (a part holds at least one article): ~60 KB gzipped. */
  static final int PART_LIMIT = 200_000;
  /** The kind of every file of the index ({@link Output#kind}). */
  public static final String KIND = "search-index";
  /** The kind of a cell's document: one subject's answer on one criterion. */
  static final String ANSWER = "answer";

  /** The index of {@code site}, its URLs made by {@code links}. */
  public static SearchIndex of(Site site, Links links) {
    return of(site, links, INLINE_LIMIT, PART_LIMIT);
  }

  static SearchIndex of(Site site, Links links, int inlineLimit, int partLimit) {
    List<SearchDocument> docs = new ArrayList<>();
    for (Criterion c : site.criteria()) docs.add(doc(Kind.CRITERION, c.slug(), c.title(), links, c.body(), c.question()));
    for (Criterion c : site.criteria()) {
      for (Verdict v : c.verdicts()) docs.add(answer(c, v, site.subject(v.subject()).map(Subject::title).orElse(v.subject()), links));
    }
    for (Subject s : site.subjects()) {
      docs.add(doc(Kind.SUBJECT, s.slug(), s.title(), links, s.body(),
          s.tagline() + "\n" + String.join("\n", s.pros()) + "\n" + String.join("\n", s.cons())));
    }
    // site.yaml's `search: article_text: false`: articles are found by title, headings and description, as the
    // first file of a parted index finds them, and no part is written
    boolean withText = site.config().outputs().searchArticleText();
    List<SearchDocument> described = new ArrayList<>();
    List<ArticleText> texts = new ArrayList<>();
    for (Article a : site.articles()) {
      described.add(described(a, links));
      if (withText) texts.add(new ArticleText(described.get(described.size() - 1).id(), a.metaDescription(), a.body()));
    }
    for (Faq f : site.faqs()) docs.add(doc(Kind.FAQ, f.slug(), f.question(), links, f.body(), ""));
    if (!withText) {
      docs.addAll(described);
      return new SearchIndex(List.copyOf(docs), List.of());
    }
    // the lengths, not the texts: a repeat build decodes only the texts of the parts it makes again
    long articleText = texts.stream().mapToLong(ArticleText::length).sum();
    if (articleText <= inlineLimit) {
      for (int i = 0; i < texts.size(); i++) docs.add(described.get(i).withText(texts.get(i).text()));
      return new SearchIndex(List.copyOf(docs), List.of());
    }
    List<List<ArticleText>> parts = new ArrayList<>();
    List<ArticleText> part = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < texts.size(); i++) {
      ArticleText full = texts.get(i);
      docs.add(described.get(i));
      int length = full.length();
      if (!part.isEmpty() && size + length > partLimit) {
        parts.add(List.copyOf(part));
        part.clear();
        size = 0;
      }
      part.add(full);
      size += length;
    }
    if (!part.isEmpty()) parts.add(List.copyOf(part));
    return new SearchIndex(List.copyOf(docs), List.copyOf(parts));
  }

  /**
   * One cell of the matrix as its own document ({@code answer:<criterion>/<subject>}), titled with the criterion. Its
   * heading is the answer as the page shows it (a level's label, a number with its unit, the text), so an answer's
   * words rank its cell first; its text is the subject's name, the answer and the summary, so the passage under the
   * result reads "Flask: Micro-framework — A deliberately small core ...". The subject's name is only text here: in titles it would weigh on
   * every criterion again, and the subject's own page, titled with the name, ranks first. It links to the criterion's
   * verdicts.
   */
  private static SearchDocument answer(Criterion c, Verdict v, String subject, Links links) {
    String shown = shown(v.answer(), c.measure());
    String summary = v.summary().isBlank() ? "" : " — " + v.summary();
    return new SearchDocument(ANSWER + ":" + c.slug() + "/" + v.subject(), ANSWER, c.title(),
        links.href(Kind.CRITERION.route(c.slug())) + "#verdicts", shown, subject + ": " + shown + summary);
  }

  /** The answer in words: a level's label, a number as written with its unit, or the text. */
  private static String shown(Answer answer, Measure measure) {
    if (answer instanceof Answer.OfLevel l) return l.level().label();
    if (answer instanceof Answer.OfValue && measure instanceof Measure.Numeric n) {
      return answer.written() + (n.unit().equals("%") ? "%" : " " + n.unit());
    }
    return answer.written();
  }

  private static SearchDocument doc(Kind kind, String slug, String title, Links links, Body body, String lead) {
    String text = body.text();
    String all = lead.isBlank() ? text : lead.strip() + "\n" + text;
    return new SearchDocument(kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + slug,
        kind.name().toLowerCase(java.util.Locale.ROOT), title, links.href(kind.route(slug)), headings(body), all);
  }

  /** An article as a parted index's first file holds it: its title, headings and description, without its text. */
  private static SearchDocument described(Article a, Links links) {
    return new SearchDocument("article:" + a.slug(), "article", a.title(), links.href(Kind.ARTICLE.route(a.slug())),
        headings(a.body()), a.metaDescription());
  }

  private static String headings(Body body) {
    return body.headings().stream().map(h -> h.text()).collect(Collectors.joining("\n"));
  }

  /**
   * The index as files: {@link Routes#SEARCH_INDEX} ({@code documents}; {@code parts} with each part's URL and
   * article count; {@code minisearch}, when there are no parts, the documents already indexed as
   * {@code MiniSearch#toJSON()} would give them, see {@link MiniSearchJson}) and one {@code search/text-<n>.json} ({@code texts}: id and full text) per part.
   */
  public List<Output> outputs(Links links) {
    return outputs(links, Map.of());
  }

  /**
   * {@link #outputs(Links)} but for the parts' files in {@code kept} (path to the file in the site, as a build
   * whose part had this very {@link #digests digest} wrote it): those are neither made nor returned, and the index
   * gives each the length in chars its file has. The file is read for it; an exception when it cannot be.
   */
  public List<Output> outputs(Links links, Map<String, Path> kept) {
    return outputs(links, kept, documentsJson());
  }

  /**
   * {@link #outputs(Links, Map)} with {@code documentsJson}, the documents as {@link #documentsJson} wrote them: a
   * build makes that on another thread beside the render stage (at 4,000 articles, 700 KB of JSON), and only the
   * parts' list is written here once the build knows which parts it keeps.
   */
  public List<Output> outputs(Links links, Map<String, Path> kept, String documentsJson) {
    List<Output> out = new ArrayList<>();
    List<Object> partRefs = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<ArticleText> part = parts.get(i);
      String route = Routes.searchText(i + 1);
      int chars;
      if (kept.containsKey(route)) {
        chars = chars(kept.get(route));
      } else {
        List<Object> texts = part.stream().map(d -> (Object) map("id", d.id(), "text", d.text())).toList();
        String json = Json.write(map("texts", texts));
        out.add(Output.page(route, KIND, json));
        chars = json.length();
      }
      partRefs.add(map("url", links.href(route), "documents", part.size(), "chars", chars));
    }
    // what Json.write of the map {version, documents, parts[, minisearch]} gives: compact JSON writes a value alike
    // wherever it stands, so the documents' JSON goes in as it was made
    StringBuilder index = new StringBuilder(documentsJson.length() + 128 * parts.size() + 64)
        .append("{\"version\":1,\"documents\":").append(documentsJson).append(",\"parts\":").append(Json.write(partRefs));
    // Serialized, MiniSearch's index about doubles the file (Django vs Flask: 49 to 81 KB gzipped) and saves the
    // browser its tokenizing; a guide large enough to need parts would pay four times the bytes of its titles
    // (4,000 articles: 49 to 191 KB gzipped) on its first query, so there the browser indexes the titles itself.
    if (parts.isEmpty()) {
      index.append(",\"minisearch\":").append(Json.write(MiniSearchJson.of(documents.stream().map(d -> Map.of("id", d.id(),
          "title", d.title(), "headings", d.headings(), "text", d.text())).toList(), FIELDS)));
    }
    out.add(0, Output.page(Routes.SEARCH_INDEX, KIND, index.append('}').toString()));
    return out;
  }

  /** The documents of {@link Routes#SEARCH_INDEX} as JSON: each as {@link #entry} gives it, in order. */
  public String documentsJson() {
    return Json.write(documents.stream().map(SearchIndex::entry).toList());
  }

  /**
   * The length in chars ({@code String.length()}, UTF-16 units) of the text whose UTF-8 bytes {@code file} holds:
   * a byte that does not continue a character starts one, and a four-byte one is a surrogate pair (a lone surrogate
   * was written as {@code ?}: one byte, one char, as {@code json.length()} counted it).
   */
  static int chars(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Utf8Chars.count(bytes, 0, bytes.length);
  }

  /**
   * A digest (hex, 128 bits, {@link Hash128}) of each file {@link #outputs} writes from this index with {@code links},
   * by path: equal digests, the same file, so a build keeps the files of the last one's whose digests it has (at
   * 4,000 articles, 22 MB in 105 files; an edited article changes its part and the index). A part's digest covers
   * its articles' texts; the index's, the documents and every part's digest (a part's bytes fix the length the index
   * gives it). Each document is hashed on its own and a file from their hashes, so no array of the whole is made.
   * {@code bodies}: the digest of each body the load stage knows by its file's path and bytes, by identity
   * ({@code LoadCache#bodyDigests}): an article's text is hashed as its description and that digest, so the texts of
   * the parts a build keeps are never decoded.
   */
  public Map<String, String> digests(Links links, Map<?, byte[]> bodies) {
    Map<String, String> out = new LinkedHashMap<>();
    byte[] linksHash = SearchHashes.of(List.of("links", links.baseUrl(), links.basePath()));
    ByteArrayOutputStream index = new ByteArrayOutputStream();
    index.writeBytes(linksHash);
    index.writeBytes(SearchHashes.documents(documents));
    for (int i = 0; i < parts.size(); i++) {
      ByteArrayOutputStream part = new ByteArrayOutputStream();
      part.writeBytes(linksHash);
      part.writeBytes(SearchHashes.texts(parts.get(i), bodies));
      byte[] digest = Hash128.of(part.toByteArray());
      index.writeBytes(digest);
      out.put(Routes.searchText(i + 1), HexFormat.of().formatHex(digest));
    }
    out.put(Routes.SEARCH_INDEX, HexFormat.of().formatHex(Hash128.of(index.toByteArray())));
    return out;
  }

  /**
   * A document as {@code documents} lists it. An answer names its criterion's document ({@code of}) in place of the
   * kind, title and URL it shares with every other answer on that criterion: search.js takes them from there (the
   * criterion's title, its URL with {@code #verdicts}). A 100 x 1,000 catalogue's index was 7 MB smaller for it.
   */
  private static Object entry(SearchDocument d) {
    if (d.kind().equals(ANSWER)) {
      String criterion = d.id().substring(ANSWER.length() + 1, d.id().lastIndexOf('/'));
      return map("id", d.id(), "of", Kind.CRITERION.name().toLowerCase(java.util.Locale.ROOT) + ":" + criterion,
          "headings", d.headings(), "text", d.text());
    }
    return map("id", d.id(), "kind", d.kind(), "title", d.title(), "url", d.url(), "headings", d.headings(), "text", d.text());
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
