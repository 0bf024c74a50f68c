package dev.versus.gates;

import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A guide of {@code n} subjects written inline (Hugo's integration-test style): subjects named like real
 * software (short and long names, one of {@code longName} when asked), two groups, a three-level and a
 * four-level scale, a number and a text criterion whose answers are a few words long, so a table with
 * 2 to 12 columns shows every kind of cell. Every verdict is given: the build is clean.
 */
final class WideGuide {
  static final List<String> NAMES = List.of("PostgreSQL", "MySQL", "SQLite", "DuckDB", "MariaDB", "CockroachDB",
      "Oracle Database", "SQL Server", "Firebird", "H2", "ClickHouse", "YugabyteDB");
  /** A subject name with no break opportunity, as long as real .NET package names are. */
  static final String LONG_NAME = "Microsoft.Extensions.DependencyInjection";

  private WideGuide() {}

  /** Writes the guide into {@code dir/subjects-<n>} and returns that folder. */
  static Path write(Path dir, int n) {
    return write(dir, n, false);
  }

  /** As {@link #write(Path, int)}; with {@code longName} the first subject is called {@link #LONG_NAME}. */
  static Path write(Path dir, int n, boolean longName) {
    return write(dir, n, longName ? LONG_NAME : null);
  }

  /** As {@link #write(Path, int)}, the first subject called {@code longName} unless it is null. */
  static Path write(Path dir, int n, String longName) {
    if (n < 2 || n > NAMES.size()) throw new IllegalArgumentException("2 to " + NAMES.size() + " subjects, not " + n);
    Path root = dir.resolve("subjects-" + n + (longName != null ? "-long" : ""));
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < n; i++) slugs.add("s" + (i + 1));
    StringBuilder files = new StringBuilder();
    files.append("""
        -- site.yaml --
        title: "Databases compared"
        description: "A generated guide of several subjects for the layout tests."
        base_url: "https://example.org/db/"
        language: en
        subjects: [%s]
        %s
        groups:
          - {key: features, title: "Features"}
          - {key: market, title: "Market and licence"}
        scales:
          support:
            - {key: built-in, label: "Built in", symbol: "●", meaning: "Ships with it"}
            - {key: extension, label: "Via extension", symbol: "◐", meaning: "An add-on provides it"}
            - {key: none, label: "Not included", symbol: "○", meaning: "Not there"}
          quality:
            - {key: excellent, label: "Excellent", symbol: "★★★", meaning: "A clear strength"}
            - {key: good, label: "Good", symbol: "★★☆", meaning: "Well served"}
            - {key: fair, label: "Fair", symbol: "★☆☆", meaning: "Adequate"}
            - {key: poor, label: "Poor", symbol: "☆☆☆", meaning: "A weak point"}
        -- sources.yaml --
        - {id: survey, title: "A database survey", url: "https://example.org/survey"}
        -- index.md --
        ---
        title: "Databases compared"
        ---
        Pick the one whose strengths match your project.
        """.formatted(String.join(", ", slugs),
        // past ten subjects only listed pairs get a page: list one, so every guide of three or more has one
        n > 10 ? "pairs: [[s1, s2]]" : "# every pair has a page"));
    for (int i = 0; i < n; i++) {
      String name = longName != null && i == 0 ? longName : NAMES.get(i);
      files.append("-- subjects/").append(slugs.get(i)).append(".md --\n---\ntitle: \"").append(name)
          .append("\"\ntagline: \"A database\"\n---\n").append(name).append(" stores data.\n");
    }
    String[] support = {"built-in", "extension", "none"};
    String[] quality = {"excellent", "good", "fair", "poor"};
    files.append(criterion("transactions", "features", 1, "support", slugs, i -> "level: " + support[i % 3]));
    files.append(criterion("json", "features", 2, "support", slugs, i -> "level: " + support[(i + 1) % 3]));
    files.append(criterion("tooling", "features", 3, "quality", slugs, i -> "level: " + quality[i % 4]));
    files.append(criterion("docs", "features", 4, "quality", slugs, i -> "level: " + quality[(i + 2) % 4]));
    files.append(numbers(slugs));
    files.append(criterion("license", "market", 2, null, slugs,
        i -> "text: \"" + (i % 2 == 0 ? "PostgreSQL Licence, a liberal open-source licence" : "GPL v2 with commercial licences on offer") + "\""));
    TestSites.write(root, files.toString());
    return root;
  }

  private static String criterion(String slug, String group, int order, String scale, List<String> subjects,
      java.util.function.IntFunction<String> answer) {
    StringBuilder md = new StringBuilder("-- criteria/" + slug + ".md --\n---\ntitle: \"" + Character.toUpperCase(slug.charAt(0))
        + slug.substring(1) + "\"\ngroup: " + group + "\norder: " + order + "\nquestion: \"How is " + slug + "?\"\n");
    md.append(scale == null ? "type: text\n" : "scale: " + scale + "\n").append("verdicts:\n");
    for (int i = 0; i < subjects.size(); i++) {
      md.append("  ").append(subjects.get(i)).append(": {").append(answer.apply(i)).append(", summary: \"Answer ").append(i + 1).append(".\", sources: [survey]}\n");
    }
    return md.append("---\nThe discussion.\n").toString();
  }

  private static String numbers(List<String> subjects) {
    StringBuilder md = new StringBuilder("-- criteria/share.md --\n---\ntitle: \"Share\"\ngroup: market\norder: 1\n"
        + "question: \"How many use it?\"\ntype: number\nunit: \"%\"\nbetter: higher\nverdicts:\n");
    for (int i = 0; i < subjects.size(); i++) {
      md.append("  ").append(subjects.get(i)).append(": {value: ").append(String.format(java.util.Locale.ROOT, "%.1f", 48.7 - i * 3.1)).append(", summary: \"Survey share.\", sources: [survey]}\n");
    }
    return md.append("---\nThe discussion.\n").toString();
  }
}
