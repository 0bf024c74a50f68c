package dev.versus.model;

import dev.versus.config.SiteConfig;
import dev.versus.content.Body;
import dev.versus.content.Document;
import dev.versus.content.Kind;
import dev.versus.content.SourceTree;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The model after an edit that changed only what articles' own pages show: the last assembly's site
 * with those articles' records replaced, instead of a new assembly (the preview server saves one article
 * at a time, and at 4,000 articles an assembly costs tens of milliseconds of lists, sorts and lookups).
 *
 * <p>It applies only when everything the rest of the site reads is provably unchanged: the configuration,
 * the set of files, the failed files and the editions are equal, every other document is the very same
 * object, and each changed document is a published article at the same path whose front matter, links,
 * element ids, claims and removed HTML equal the old ones, and whose reading gives the same record but
 * for its body, with the same diagnostics. Then its links resolve as before (the same refs against the
 * same documents), the backlinks, citations, evidence, history, dates and article order are equal, and
 * so is every diagnostic: the result equals what a full assembly would return. Anything else is a full
 * assembly ({@link ModelAssembler#assemble}).
 */
final class BodyEdit {
  /** What one assembly read and made: the tree, the configuration, the site and every diagnostic it reported. */
  record Assembly(SourceTree tree, SiteConfig config, Site site, List<Diagnostic> diagnostics) {}

  private BodyEdit() {}

  /**
   * The site of {@code tree} and {@code config} made from {@code last}, when the edit between them is a
   * body edit of articles (see the class comment), else empty. {@code read} reads an article (its own
   * diagnostics into the given collector), as a full assembly would; the memo learns the new documents.
   */
  static Optional<Site> apply(Assembly last, SourceTree tree, SiteConfig config, Memo memo,
      BiFunction<Document, Diagnostics, Article> read) {
    SourceTree before = last.tree();
    if (!config.equals(last.config()) || !tree.allFiles().equals(before.allFiles()) || !tree.failed().equals(before.failed())
        || !tree.editions().equals(before.editions())
        || tree.documents().size() != before.documents().size()) {
      return Optional.empty();
    }
    List<Article> articles = new ArrayList<>(last.site().articles());
    record Swap(Document before, Document after, Article article, List<Diagnostic> diagnostics) {}
    List<Swap> swaps = new ArrayList<>();
    for (int i = 0; i < tree.documents().size(); i++) {
      Document now = tree.documents().get(i);
      Document then = before.documents().get(i);
      if (now == then) continue;
      if (!sameOutside(then, now)) return Optional.empty();
      int at = indexOf(articles, now.path());
      Optional<List<Diagnostic>> readBefore = memo.readDiagnostics(then);
      if (at < 0 || readBefore.isEmpty()) return Optional.empty();
      Diagnostics own = new Diagnostics();
      Article read2 = read.apply(now, own);
      Article old = articles.get(at);
      if (!withBody(read2, old.body()).equals(old) || !own.sorted().equals(readBefore.get())) return Optional.empty();
      articles.set(at, read2);
      swaps.add(new Swap(then, now, read2, own.sorted()));
    }
    swaps.forEach(s -> memo.replace(s.before(), s.after(), s.article(), s.diagnostics()));
    Site s = last.site();
    return Optional.of(new Site(s.config(), s.home(), s.subjects(), s.criteria(), List.copyOf(articles), s.faqs(), s.links(),
        s.criterionBacklinks(), s.subjectMentions(), s.citations(), s.linksByDocument(), s.updated(), s.evidence(), s.history()));
  }

  /**
   * Whether {@code after} is {@code before} with a new body that other documents and pages cannot tell
   * apart: an article at the same path, the same front matter, links, ids, claims and removed HTML.
   */
  private static boolean sameOutside(Document before, Document after) {
    if (before.kind() != Kind.ARTICLE || after.kind() != Kind.ARTICLE || !before.path().equals(after.path())
        || !before.slug().equals(after.slug()) || !before.frontMatter().equals(after.frontMatter())) {
      return false;
    }
    Body a = before.body();
    Body b = after.body();
    return a.links().equals(b.links()) && a.ids().equals(b.ids()) && a.claims().equals(b.claims()) && a.active().equals(b.active());
  }

  private static int indexOf(List<Article> articles, String path) {
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).path().equals(path)) return i;
    }
    return -1;
  }

  private static Article withBody(Article a, Body body) {
    return new Article(a.slug(), a.path(), a.title(), a.metaTitle(), a.metaDescription(), a.metaKeywords(), a.date(),
        a.updated(), a.author(), a.sources(), a.draft(), body);
  }
}
