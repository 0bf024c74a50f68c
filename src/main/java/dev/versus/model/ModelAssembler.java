package dev.versus.model;

import dev.versus.config.SiteConfig;
import dev.versus.config.Source;
import dev.versus.config.SubjectRef;
import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.content.Kind;
import dev.versus.content.Markdown;
import dev.versus.content.SourceTree;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns loaded documents and the configuration into the immutable {@link Site}: reads each
 * kind's front matter, checks every reference and cross-link, and computes backlinks.
 */
public final class ModelAssembler {
  private final boolean drafts;
  /** What site-rooted links may reach, kept across assemblies while it is the same. */
  private final LinkTargets targets;
  /** The guide's date when it states none (see {@link Site#updated}). */
  private final java.time.LocalDate buildDate;
  private final Memo memo;
  /** The last assembly without errors, which an edit of bodies alone patches; null before one. */
  private BodyEdit.Assembly last;
  /** Renders criteria's notes: the load stage's converter, whose parsers and renderer are already made. */
  private final Markdown notesMarkdown;

  /**
   * @param drafts whether {@code draft: true} articles are published (the {@code --drafts} flag).
   * @param buildDate the date of the build ({@link dev.versus.model.Site#updated} for a guide that states no date).
   * @param markdown the converter for criteria's notes, the one the bodies were loaded with: a second one would build
   *     flexmark's parser and HTML renderer again (in a cold build of {@code content/}, run interpreted).
   * An assembler may be reused on the same guide (the preview server does): each document is read
   * and its links resolved again only when it, or what those steps looked at, changed; the site and
   * diagnostics are the same as a fresh assembler's.
   */
  public ModelAssembler(boolean drafts, java.time.LocalDate buildDate, Markdown markdown) {
    this(drafts, false, false, Set::of, buildDate, markdown);
  }

  /**
   * As above, for a build that writes {@code guide.pdf} whatever site.yaml says ({@code pdf}: {@code --pdf},
   * {@code versus pdf}) and one PDF per volume ({@code pdfParts}: {@code --pdf-parts}), so a link to them is valid, and
   * publishes {@code themeAssets} (the theme's static files by their rooted path, {@code /css/site.css}: asked on each
   * assembly, as the preview's theme may change), so a site-rooted link may reach them.
   */
  public ModelAssembler(boolean drafts, boolean pdf, boolean pdfParts, java.util.function.Supplier<Set<String>> themeAssets,
      java.time.LocalDate buildDate, Markdown markdown) {
    this.targets = new LinkTargets(pdf, pdfParts, themeAssets);
    this.drafts = drafts;
    this.buildDate = buildDate;
    this.notesMarkdown = java.util.Objects.requireNonNull(markdown, "markdown");
    this.memo = new Memo();
  }

  /**
   * The site of {@code tree} read with {@code config}, its problems in {@code diags}. After an edit that changed
   * only articles' bodies ({@link BodyEdit}) the last site is reused with those articles replaced.
   */
  public synchronized Site assemble(SourceTree tree, SiteConfig config, Diagnostics diags) {
    if (diags.hasErrors()) {
      // an earlier stage failed (a file that did not load): some checks stay quiet then (Evidence: a verdict's claim
      // may be in the file that failed), so the assembly must see those errors, and its site is never patched later
      last = null;
      return assembleAll(tree, config, diags);
    }
    List<String> ids = config.sources().stream().map(Source::id).toList();
    Optional<Site> patched = last == null ? Optional.empty()
        : BodyEdit.apply(last, tree, config, memo, (d, own) -> ArticleReader.read(published(d, config), ids, own));
    Diagnostics own = new Diagnostics();
    Site site = patched.orElseGet(() -> assembleAll(tree, config, own));
    List<Diagnostic> reported = patched.isPresent() ? last.diagnostics() : own.sorted();
    reported.forEach(diags::add);
    // a site with errors is never served, so the next edit starts again from a full assembly
    last = own.hasErrors() ? null : new BodyEdit.Assembly(tree, config, site, reported);
    return site;
  }

  private Site assembleAll(SourceTree tree, SiteConfig config, Diagnostics diags) {
    Set<String> unpublished = new HashSet<>();
    List<Document> docs = new ArrayList<>();
    for (Document d : tree.documents()) {
      if (d.kind() == Kind.ARTICLE && !drafts && ArticleReader.isDraft(d)) unpublished.add(d.path());
      else docs.add(d);
    }
    List<String> sourceIds = config.sources().stream().map(Source::id).toList();
    List<String> subjectSlugs = config.subjects().stream().map(SubjectRef::slug).toList();
    // criteria that failed to load still count as known, so their one error is not echoed by every reference
    List<String> criterionSlugs = tree.slugs(Kind.CRITERION);
    memo.readContext(List.of(config, criterionSlugs));

    // a subject file that exists but could not be read is reported once, by itself, not also as missing
    // ... as is one that a data/subjects.csv which could not be read may have listed
    Set<String> existing = tree.tableFailed(Kind.SUBJECT) ? Set.copyOf(subjectSlugs) : Set.copyOf(tree.slugs(Kind.SUBJECT));
    List<Subject> subjects = subjects(docs, config, sourceIds, existing, diags);
    List<Criterion> criteria = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    List<Faq> faqs = new ArrayList<>();
    Optional<Home> home = Optional.empty();
    for (Document d : docs) {
      switch (d.kind()) {
        case CRITERION -> criteria.add(memo.read(d, diags, own -> CriterionReader.read(published(d, config), config, () -> notesMarkdown, own)));
        case ARTICLE -> articles.add(memo.read(d, diags, own -> ArticleReader.read(published(d, config), sourceIds, own)));
        case FAQ -> faqs.add(memo.read(d, diags, own -> FaqReader.read(published(d, config), criterionSlugs, subjectSlugs, own)));
        case INDEX -> home = Optional.of(memo.read(d, diags, own -> Home.read(published(d, config), config, own)));
        case SUBJECT -> { }
      }
    }
    List<String> groupKeys = config.groups().stream().map(g -> g.key()).toList();
    criteria.sort(Comparator.comparingInt((Criterion c) -> groupKeys.indexOf(c.group()))
        .thenComparingInt(Criterion::order).thenComparing(Criterion::title));
    articles.sort(Comparator.comparing(Article::date).reversed().thenComparing(Article::title));
    faqs.sort(Comparator.comparingInt(Faq::order).thenComparing(Faq::question));
    Map<String, Document> byPath = new HashMap<>();
    docs.forEach(d -> byPath.put(d.path(), d));
    warnRepeatedQuestions(docs, diags);
    RepeatedTitles.check(subjects, criteria, byPath, diags);
    ReferenceChecks.releases(subjects, criteria, diags);
    warnActiveHtml(docs, config, diags);
    ReferenceChecks.profiles(config, criterionSlugs, diags);

    RootedLinks rooted = targets.of(config, tree, docs, byPath.keySet(), subjects.size(), criteria, articles.size(), faqs,
        criterionSlugs, sourceIds);
    memo.linkContext(List.of(tree.allFiles(), unpublished, tree.failed(), rooted, byPath.keySet()), byPath);
    Map<String, List<CrossLink>> linksByPath = new HashMap<>();
    for (Document d : docs) {
      linksByPath.put(d.path(), memo.links(d, diags,
          own -> new LinkResolver(byPath, tree.allFiles(), unpublished, tree.failed(), rooted, own)));
    }
    memo.retain(tree.documents());

    // links read in the site's article order (newest first), then in reading order; other documents' first
    List<CrossLink> links = new ArrayList<>();
    for (Document d : docs) {
      if (d.kind() != Kind.ARTICLE) links.addAll(linksByPath.get(d.path()));
    }
    List<Shares> shares = new ArrayList<>(articles.size());
    for (Article a : articles) {
      List<CrossLink> own = linksByPath.get(a.path());
      links.addAll(own);
      shares.add(memo.derived(a.path(), List.of(own, a.slug(), a.title()), () -> shares(a, own)));
    }
    memo.retainDerived(articles.stream().map(Article::path).toList());
    // the backlink lists change only when an article's share of them does: then they are summed again
    Shares all = memo.sum("backlinks", shares, () -> sum(shares));
    Evidence evidence = evidence(docs, byPath, subjects, criteria, criterionSlugs, articles, config, diags);
    return new Site(config, home, subjects, List.copyOf(criteria), List.copyOf(articles), List.copyOf(faqs),
        List.copyOf(links), all.criteria(), all.subjects(), Citations.of(subjects, criteria, articles),
        java.util.Collections.unmodifiableMap(linksByPath), Site.newest(articles, criteria).orElse(buildDate), evidence,
        history(tree, config, subjects, criteria, diags));
  }

  /** The recorded editions, each read and checked, and what changed between them and since the latest. */
  private static History history(SourceTree tree, SiteConfig config, List<Subject> subjects, List<Criterion> criteria,
      Diagnostics diags) {
    List<Edition> editions = tree.editions().stream().flatMap(f -> EditionReader.read(f, config, diags).stream()).toList();
    return editions.isEmpty() ? History.none() : History.of(editions, Edition.current(subjects, criteria));
  }

  /** The claims of every published body, subjects first, then criteria and articles in site order, checked. */
  private Evidence evidence(List<Document> docs, Map<String, Document> byPath, List<Subject> subjects,
      List<Criterion> criteria, List<String> criterionSlugs, List<Article> articles, SiteConfig config, Diagnostics diags) {
    List<Evidence.Page> pages = new ArrayList<>();
    subjects.forEach(s -> pages.add(new Evidence.Page(byPath.get(s.path()), s.title(), List.of())));
    criteria.forEach(c -> pages.add(new Evidence.Page(byPath.get(c.path()), c.title(), List.of())));
    articles.forEach(a -> pages.add(new Evidence.Page(byPath.get(a.path()), a.title(), a.sources())));
    // claims written where they cannot count (a FAQ entry, index.md) are reported there
    docs.stream().filter(d -> d.kind() == Kind.FAQ || d.kind() == Kind.INDEX)
        .forEach(d -> pages.add(new Evidence.Page(d, d.slug(), List.of())));
    Map<String, Document> criterionDocs = new HashMap<>();
    criteria.forEach(c -> criterionDocs.put(c.slug(), byPath.get(c.path())));
    pages.removeIf(p -> p.doc() == null);
    return Evidence.of(pages, criteria, criterionSlugs, criterionDocs, config, buildDate, diags);
  }

  private static Shares sum(List<Shares> shares) {
    Map<String, List<Backlink>> backlinks = new LinkedHashMap<>();
    Map<String, List<Backlink>> mentions = new LinkedHashMap<>();
    for (Shares s : shares) {
      s.criteria().forEach((slug, list) -> backlinks.computeIfAbsent(slug, k -> new ArrayList<>()).addAll(list));
      s.subjects().forEach((slug, list) -> mentions.computeIfAbsent(slug, k -> new ArrayList<>()).addAll(list));
    }
    return new Shares(frozen(backlinks), frozen(mentions));
  }

  /** One article's entries in the criteria's "discussed in" and the subjects' "mentioned in" lists. */
  private record Shares(Map<String, List<Backlink>> criteria, Map<String, List<Backlink>> subjects) {}

  private static Shares shares(Article a, List<CrossLink> links) {
    return new Shares(backlinks(a, links, Kind.CRITERION), backlinks(a, links, Kind.SUBJECT));
  }

  /**
   * Two FAQ entries asking the same question (ignoring case, spaces and punctuation) split readers
   * and repeat a question in the FAQPage JSON-LD, which schema.org's guidelines advise against.
   */
  /**
   * One warning per thing the published pages will not show because it is not on the allowlist ({@link
   * dev.versus.content.ActiveHtml}): removing an author's HTML without a word would leave them guessing.
   * None when site.yaml sets {@code unsafe_html: true}, which publishes raw HTML as written.
   */
  private static void warnActiveHtml(List<Document> docs, SiteConfig config, Diagnostics diags) {
    if (config.unsafeHtml()) return;
    for (Document d : docs) d.body().active().forEach(a -> diags.warning(a.at(), a.message()));
  }

  /**
   * {@code d} with the body its page shows: cleaned by the allowlist ({@link dev.versus.content.HtmlAllowlist}),
   * or as written when site.yaml sets {@code unsafe_html: true}. The memo still keys on {@code d} itself, and
   * forgets its readings when the configuration, and so this choice, changes.
   */
  private static Document published(Document d, SiteConfig config) {
    if (!config.unsafeHtml() || d.body().asWritten() == d.body()) return d;
    return new Document(d.path(), d.kind(), d.slug(), d.frontMatter(), d.body().asWritten());
  }

  private static void warnRepeatedQuestions(List<Document> docs, Diagnostics diags) {
    Map<String, Document> seen = new HashMap<>();
    for (Document d : docs) {
      if (d.kind() != Kind.FAQ || !(d.frontMatter().get("question") instanceof dev.versus.content.YNode.Scalar q)) continue;
      String key = q.value().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
      if (key.isEmpty()) continue;
      Document first = seen.putIfAbsent(key, d);
      if (first != null) {
        diags.warning(q.pos(), "the same question as " + first.path() + ": merge the two answers, or ask something else");
      }
    }
  }

  private List<Subject> subjects(List<Document> docs, SiteConfig config, List<String> sourceIds, Set<String> existing,
      Diagnostics diags) {
    Map<String, Document> files = new LinkedHashMap<>();
    docs.stream().filter(d -> d.kind() == Kind.SUBJECT).forEach(d -> files.put(d.slug(), d));
    List<Subject> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    // a guide that keeps its subjects in data/subjects.csv is told to add a row there first
    boolean inTable = files.values().stream().anyMatch(d -> d.onlyInTable()
        || d.frontMatter().entries().values().stream().anyMatch(e -> e.key().pos().file().endsWith(".csv")));
    for (SubjectRef ref : config.subjects()) {
      listed.add(ref.slug());
      Document d = files.get(ref.slug());
      if (d == null && existing.contains(ref.slug())) continue;
      if (d == null) {
        diags.error(ref.pos(), "subject `" + ref.slug() + "` has no file: " + (inTable ? "add its row to data/subjects.csv, or " : "")
            + "create subjects/" + ref.slug() + ".md" + (inTable ? ", or" : " or") + " remove it from `subjects`");
      } else {
        out.add(memo.read(d, diags, own -> SubjectReader.read(published(d, config), new HashSet<>(sourceIds), own)));
      }
    }
    for (Document d : files.values()) {
      if (!listed.contains(d.slug())) {
        Position at = d.onlyInTable() ? d.frontMatter().pos() : Position.of(d.path());
        diags.error(at, (d.onlyInTable() ? "subject `" + d.slug() + "` of " + at.file() : "subject file " + d.path())
            + " is not listed in site.yaml: add `" + d.slug() + "` to `subjects` there (it sets the column order), or delete the "
            + (d.onlyInTable() ? "row" : "file"));
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, List<Backlink>> backlinks(Article a, List<CrossLink> links, Kind kind) {
    Map<String, List<Backlink>> out = new LinkedHashMap<>();
    record Seen(String target, String section) {}
    Set<Seen> seen = new HashSet<>();
    for (CrossLink l : links) {
      if (!(l.target() instanceof Target.Page p) || p.kind() != kind) continue;
      // one entry per article section: several links in one section are one discussion
      if (!seen.add(new Seen(p.slug(), l.ref().sectionId()))) continue;
      out.computeIfAbsent(p.slug(), k -> new ArrayList<>()).add(new Backlink(a.slug(), a.title(),
          l.ref().sectionId(), l.ref().sectionTitle(), l.ref().excerpt()));
    }
    return out;
  }

  private static Map<String, List<Backlink>> frozen(Map<String, List<Backlink>> lists) {
    Map<String, List<Backlink>> out = new LinkedHashMap<>();
    lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }
}
