package dev.versus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;

/**
 * A small guide written inline, for the site tests: the site.yaml, sources.yaml and one-line subject pages that their
 * guides share in shape come from a few arguments, and only what a test is about (its criteria, articles, editions)
 * stays a text block of {@code -- path --} sections, as {@link TestSites#write} reads them. The short forms follow
 * {@link TestSites#subjects}: fields in one string, split at {@code ": "}.
 *
 * <p>site.yaml is written in this order: title, description, base_url, language (when given), subjects, groups, the
 * legend or the scales, the profiles, then any {@link #yaml} lines.
 */
public final class InlineGuide {
  private final String title;
  private final String description;
  private final String baseUrl;
  private String language;
  private final List<String> subjects = new ArrayList<>();
  private final StringBuilder groups = new StringBuilder();
  private final StringBuilder scales = new StringBuilder();
  private final StringBuilder profiles = new StringBuilder();
  private final StringBuilder yaml = new StringBuilder();
  private final StringBuilder sources = new StringBuilder();
  private final StringBuilder files = new StringBuilder();

  private InlineGuide(String title, String description, String baseUrl) {
    this.title = title;
    this.description = description;
    this.baseUrl = baseUrl;
  }

  /** A guide with site.yaml's {@code title}, {@code description} and {@code base_url} and nothing else yet. */
  public static InlineGuide titled(String title, String description, String baseUrl) {
    return new InlineGuide(title, description, baseUrl);
  }

  /** site.yaml's {@code language} (left out unless given, so the site's default applies). */
  public InlineGuide language(String tag) {
    language = tag;
    return this;
  }

  /**
   * The subjects in table order: each {@code "slug"} (the test writes its page, or a CSV table lists it) or
   * {@code "slug: Title: Text."}, whose page {@code subjects/<slug>.md} holds only that title and text.
   */
  public InlineGuide subjects(String... specs) {
    subjects.addAll(List.of(specs));
    return this;
  }

  /** Groups of criteria, each {@code "key: Title"}. */
  public InlineGuide groups(String... specs) {
    for (String s : specs) {
      String[] p = s.split(": ", 2);
      groups.append("  - {key: ").append(p[0]).append(", title: \"").append(p[1]).append("\"}\n");
    }
    return this;
  }

  /** The guide's one scale, site.yaml's {@code legend}: its levels best first, each {@code "key: Label: symbol: meaning"}. */
  public InlineGuide legend(String... levels) {
    scales.append("legend:\n").append(levels("  ", levels));
    return this;
  }

  /** The {@link #legend} of three levels several guides share: excellent (●), good (◐) and fair (○). */
  public InlineGuide excellentGoodFair() {
    return legend("excellent: Excellent: ●: The best there is", "good: Good: ◐: Does the job", "fair: Fair: ○: Works, with effort");
  }

  /** A named scale under site.yaml's {@code scales}, its levels as in {@link #legend}; call once per scale. */
  public InlineGuide scale(String name, String... levels) {
    if (scales.isEmpty()) scales.append("scales:\n");
    scales.append("  ").append(name).append(":\n").append(levels("    ", levels));
    return this;
  }

  private static String levels(String indent, String... levels) {
    StringBuilder out = new StringBuilder();
    for (String l : levels) {
      String[] p = l.split(": ", 4);
      out.append(indent).append("- {key: ").append(p[0]).append(", label: \"").append(p[1]).append("\", symbol: \"").append(p[2])
          .append("\", meaning: \"").append(p[3]).append("\"}\n");
    }
    return out.toString();
  }

  /**
   * A weighting profile: {@code spec} is {@code "key: Title: Description."}, {@code weights} its YAML lines
   * (such as {@code "groups: {use: 1}"}); call once per profile.
   */
  public InlineGuide profile(String spec, String... weights) {
    String[] p = spec.split(": ", 3);
    if (profiles.isEmpty()) profiles.append("profiles:\n");
    profiles.append("  ").append(p[0]).append(":\n    title: \"").append(p[1]).append("\"\n    description: \"").append(p[2])
        .append("\"\n");
    for (String w : weights) profiles.append("    ").append(w).append('\n');
    return this;
  }

  /** More site.yaml lines, written after everything else in it. */
  public InlineGuide yaml(String lines) {
    yaml.append(lines.endsWith("\n") ? lines : lines + "\n");
    return this;
  }

  /** Entries of sources.yaml, each {@code "id: Title"} or {@code "id: Title: url"}. */
  public InlineGuide sources(String... specs) {
    for (String s : specs) {
      String[] p = s.split(": ", 3);
      sources.append("- {id: ").append(p[0]).append(", title: \"").append(p[1]).append('"');
      if (p.length > 2) sources.append(", url: \"").append(p[2]).append('"');
      sources.append("}\n");
    }
    return this;
  }

  /** The home page {@code index.md}: its {@code title} and the Markdown {@code text}. */
  public InlineGuide home(String title, String text) {
    files.append("-- index.md --\n---\ntitle: \"").append(title).append("\"\n---\n").append(text).append('\n');
    return this;
  }

  /**
   * A criterion page {@code criteria/<slug>.md}: {@code spec} is {@code "slug: Title: Question?"}, in {@code group} at
   * {@code order} (0: no order given), then {@code front}, the rest of its front matter as YAML lines (its type, unit or
   * scale, then {@code verdicts:} and one line per subject), and {@code text}, its Markdown.
   */
  public InlineGuide criterion(String spec, String group, int order, String front, String text) {
    String[] p = spec.split(": ", 3);
    files.append("-- criteria/").append(p[0]).append(".md --\n---\ntitle: \"").append(p[1]).append("\"\ngroup: ").append(group)
        .append('\n');
    if (order != 0) files.append("order: ").append(order).append('\n');
    files.append("question: \"").append(p[2]).append("\"\n").append(front).append(front.endsWith("\n") ? "" : "\n")
        .append("---\n").append(text).append(text.endsWith("\n") ? "" : "\n");
    return this;
  }

  /**
   * {@code count} criteria {@code criteria/c1.md} to {@code c<count>.md} on subjects {@code s1} to {@code s<subjects>}
   * (each with a page "Subject n."): the first half in group {@code g1} ("Group one"), the rest in {@code g2}, each on
   * the scale {@code support} ({@code yes} ●, {@code no} ○) with a cell for each subject, {@code yes} when
   * {@code isYes(c, s)}, citing the source {@code source(c)}, and the text {@code text(c)}. The big guides of the
   * split-page tests are made of these.
   */
  public InlineGuide groupedCriteria(int count, int subjects, BiPredicate<Integer, Integer> isYes, IntFunction<String> source,
      IntFunction<String> text) {
    for (int s = 1; s <= subjects; s++) subjects("s" + s + ": Subject " + s + ": Subject " + s + ".");
    groups("g1: Group one", "g2: Group two").scale("support", "yes: Yes: ●: Has it", "no: No: ○: Lacks it");
    for (int c = 1; c <= count; c++) {
      files.append("-- criteria/c").append(c).append(".md --\n---\ntitle: \"Criterion ").append(c).append("\"\ngroup: ")
          .append(c <= count / 2 ? "g1" : "g2").append("\norder: ").append(c).append("\nquestion: \"Does it do ").append(c)
          .append("?\"\nscale: support\nverdicts:\n");
      for (int s = 1; s <= subjects; s++) {
        files.append("  s").append(s).append(": {level: ").append(isYes.test(c, s) ? "yes" : "no")
            .append(", summary: \"Answer ").append(c).append('.').append(s).append(".\", sources: [").append(source.apply(c))
            .append("]}\n");
      }
      files.append("---\n").append(text.apply(c)).append('\n');
    }
    return this;
  }

  /** Files a test is about, as {@code -- path --} sections; written after the shared ones, so a section may replace one. */
  public InlineGuide files(String sections) {
    files.append(sections);
    return this;
  }

  /** Everything as one text of {@code -- path --} sections, as {@link TestSites#write} reads it. */
  public String text() {
    StringBuilder out = new StringBuilder("-- site.yaml --\n");
    out.append("title: \"").append(title).append("\"\ndescription: \"").append(description).append("\"\nbase_url: \"").append(baseUrl)
        .append("\"\n");
    if (language != null) out.append("language: ").append(language).append('\n');
    out.append("subjects: [").append(String.join(", ", subjects.stream().map(s -> s.split(": ", 2)[0]).toList())).append("]\n");
    if (!groups.isEmpty()) out.append("groups:\n").append(groups);
    out.append(scales).append(profiles).append(yaml);
    if (!sources.isEmpty()) out.append("-- sources.yaml --\n").append(sources);
    out.append(TestSites.subjects(subjects.stream().filter(s -> s.contains(": ")).toArray(String[]::new)));
    return out.append(files).toString();
  }

  /** Writes the guide into {@code root} with {@link TestSites#write} and returns {@code root}. */
  public Path write(Path root) {
    TestSites.write(root, text());
    return root;
  }
}
