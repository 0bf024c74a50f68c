package dev.versus.model;

import dev.versus.config.WebUrl;
import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads subjects/&lt;slug&gt;.md front matter into a {@link Subject}. */
final class SubjectReader {
  static final Set<String> KEYS = Set.of("title", "tagline", "website", "version", "first_release", "license",
      "built_on", "used_by", "pros", "cons", "releases");

  private SubjectReader() {}

  static Subject read(Document doc, Set<String> sources, Diagnostics diags) {
    Fields f = new Fields(doc.frontMatter(), diags, KEYS);
    f.warnUnknown();
    List<Subject.UsedBy> usedBy = new ArrayList<>();
    for (YNode.Map m : f.maps("used_by", false)) {
      Fields u = new Fields(m, diags, Set.of("name", "use", "sources"));
      u.warnUnknown();
      String name = u.text("name", true).orElse("");
      List<String> src = Refs.known(u.scalars("sources", false), sources, "source", diags);
      if (!name.isEmpty()) usedBy.add(new Subject.UsedBy(name, u.text("use", ""), src));
    }
    // the page links the website: a javascript: URL would run script when a reader clicks it
    String website = f.text("website", "").strip();
    if (!website.isEmpty()) WebUrl.problem(website).ifPresent(p -> diags.error(f.pos("website"), p));
    return new Subject(doc.slug(), doc.path(), f.text("title", true).orElse(doc.slug()), f.text("tagline", ""),
        website, f.text("version", ""), f.integer("first_release"), f.text("license", ""),
        items(f, "built_on", diags), List.copyOf(usedBy), items(f, "pros", diags), items(f, "cons", diags), doc.body(),
        releases(f, diags));
  }

  /**
   * The entries of the list {@code key}; an empty one (such as {@code pros: [""]}) would be an empty item on the page,
   * so it is an error at it (as every empty value of the content model is) and left out.
   */
  private static List<String> items(Fields f, String key, Diagnostics diags) {
    List<String> out = new ArrayList<>();
    for (YNode.Scalar item : f.scalars(key, false)) {
      if (!item.value().isBlank()) out.add(item.value());
      else diags.error(item.pos(), "an empty entry in `" + key + "` would be an empty item on the subject's page: "
          + "write it, or remove the entry");
    }
    return List.copyOf(out);
  }

  /** {@code releases:}, a map from a version to its date ({@code YYYY-MM-DD}), in written order; a bad date is an error at it. */
  private static Map<String, LocalDate> releases(Fields f, Diagnostics diags) {
    Map<String, LocalDate> out = new LinkedHashMap<>();
    f.map("releases", false).ifPresent(m -> {
      Fields dates = new Fields(m, diags, m.entries().keySet());
      for (String version : m.entries().keySet()) dates.date(version, true).ifPresent(d -> out.put(version, d));
    });
    return java.util.Collections.unmodifiableMap(out);
  }
}
