package dev.versus.config;

import dev.versus.content.Fields;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads site.yaml and sources.yaml into a {@link SiteConfig}, reporting every problem found. */
public final class ConfigLoader {
  static final Set<String> SITE_KEYS = Set.of("title", "description", "base_url", "language", "subjects", "groups", "legend", "scales",
      "authors", "unsafe_html", "profiles", "data_license", "stale_after",
      "feed", "print", "search", "pairs", "featured");
  static final Set<String> SOURCE_KEYS = Set.of("id", "title", "publisher", "url", "date");

  private ConfigLoader() {}

  /** Builds the configuration; returns empty only when site.yaml is missing or unreadable. */
  public static Optional<SiteConfig> load(Optional<YNode> siteYaml, Optional<YNode> sourcesYaml, Diagnostics diags) {
    List<Source> sources = sources(sourcesYaml, diags);
    if (siteYaml.isEmpty()) return Optional.empty();
    Optional<Fields> of = Fields.of(siteYaml.get(), "site.yaml", diags, SITE_KEYS);
    if (of.isEmpty()) return Optional.empty();
    Fields f = of.get();
    f.warnUnknown();
    String title = f.text("title", true).orElse("");
    String description = f.text("description", true).orElse("");
    String baseUrl = f.text("base_url", true).map(String::strip).map(u -> {
      BaseUrl.problem(u).ifPresent(p -> diags.error(f.pos("base_url"), p));
      return u;
    }).orElse("/");
    String language = f.text("language", false).map(l -> LanguageTag.check(l, f.pos("language"), diags)).orElse("en");
    List<SubjectRef> subjects = new ArrayList<>();
    Map<String, Position> seenSubjects = new HashMap<>();
    if (f.has("subjects") && siteYaml.get() instanceof YNode.Map m && m.get("subjects") instanceof YNode.Scalar one && !one.isNull()) {
      diags.error(one.pos(), "`subjects` must be a list of at least two subjects, such as `[" + one.value() + ", other]`, found a single value");
    }
    for (YNode.Scalar s : f.scalars("subjects", true)) {
      if (!Keys.check("subject", s.value(), "its page's URL, /subjects/<subject>/", s.pos(), diags)) continue;
      if (seenSubjects.putIfAbsent(s.value(), s.pos()) != null) {
        diags.error(s.pos(), "subject `" + s.value() + "` is listed twice in `subjects`");
      } else {
        subjects.add(new SubjectRef(s.value(), s.pos()));
      }
    }
    if (f.has("subjects") && subjects.size() < 2 && !diags.hasErrors()) {
      diags.error(f.pos("subjects"), "a comparison needs at least two subjects in `subjects`");
    }
    List<Group> groups = new ArrayList<>();
    Map<String, Position> groupAt = new HashMap<>();
    for (YNode.Map m : f.maps("groups", true)) {
      Fields g = new Fields(m, diags, Set.of("key", "title"));
      g.warnUnknown();
      Optional<String> key = g.text("key", true);
      // kept after the error, so the criteria of the group are not also reported as in an unknown group
      key.ifPresent(k -> Keys.check("group key", k, "the id `group-<key>` of its rows in the comparison table", g.pos("key"), diags));
      Optional<String> t = g.text("title", true);
      // a repeated key would give the table its rows twice, under two headers with one id
      Position first = key.map(k -> groupAt.putIfAbsent(k, g.pos("key"))).orElse(null);
      if (first != null) {
        diags.error(g.pos("key"), "group `" + key.get() + "` is listed twice in `groups` (first at "
            + first.lineFrom(g.pos("key")) + "): give each group its own key");
      } else if (key.isPresent() && t.isPresent()) {
        groups.add(new Group(key.get(), t.get()));
      }
    }
    List<Scale> scales = scales(f, diags);
    List<Author> authors = new ArrayList<>();
    for (YNode.Map m : f.maps("authors", false)) {
      Fields a = new Fields(m, diags, Set.of("name", "url"));
      a.warnUnknown();
      a.text("name", true).ifPresent(n -> authors.add(new Author(n, a.text("url", ""))));
    }
    String normalized = normalizeBaseUrl(baseUrl);
    int staleAfter = f.integer("stale_after").orElse(0);
    if (staleAfter < 0) {
      diags.error(f.pos("stale_after"), "`stale_after` is a number of months and cannot be negative; leave it out to never call a claim stale");
      staleAfter = 0;
    }
    return Optional.of(new SiteConfig(title, description, normalized, pathOf(normalized), language,
        List.copyOf(subjects), List.copyOf(groups), scales, List.copyOf(authors), sources,
        f.bool("unsafe_html"), ProfileLoader.profiles(f, groups, diags), dataLicense(f, diags), staleAfter,
        Outputs.read(f, diags), CatalogueLoader.load((YNode.Map) siteYaml.get(), f, subjects, diags)));
  }

  /**
   * {@code data_license}: the licence readers may use compare.json and compare.csv under, shown on the
   * sources page and written into compare.json; one line of text, empty when the key is absent.
   */
  private static String dataLicense(Fields f, Diagnostics diags) {
    Optional<String> given = f.text("data_license", false);
    String license = given.orElse("").strip();
    if (given.isPresent() && (license.isEmpty() || license.contains("\n"))) {
      diags.error(f.pos("data_license"), "`data_license` must be one line naming the licence of the open data, such as "
          + "`data_license: \"CC BY 4.0\"`; leave the key out if the guide grants none");
      return "";
    }
    return license;
  }

  /**
   * The named scales of {@code scales:}, or the one scale {@code default} of the older {@code legend:}
   * list; a site has one or the other (both, or neither, is an error).
   */
  private static List<Scale> scales(Fields f, Diagnostics diags) {
    boolean legend = f.has("legend");
    boolean named = f.has("scales");
    if (legend && named) {
      diags.error(f.keyPos(f.keyPos("legend").line() < f.keyPos("scales").line() ? "scales" : "legend"),
          "`legend` and `scales` together: a site has one or the other; move the legend's levels into a scale "
          + "under `scales` (for example `default:`), or delete `scales`");
      return List.of();
    }
    if (legend) return List.of(new Scale(Scale.DEFAULT, levels(f, "legend", Scale.DEFAULT, diags)));
    if (!named) {
      diags.error(f.pos(), "missing required key `scales`: add `scales:` with at least one named list of levels, "
          + "such as `support: [{key: built-in, label: \"Built in\"}, ...]`");
      return List.of();
    }
    List<Scale> out = new ArrayList<>();
    f.map("scales", true).ifPresent(m -> {
      Fields byName = new Fields(m, diags, m.entries().keySet());
      for (YNode.Entry e : m.entries().values()) {
        String name = e.key().value();
        if (!Keys.check("scale name", name, "an attribute of the legend on the pages", e.key().pos(), diags)) continue;
        List<Level> levels = levels(byName, name, name, diags);
        if (levels.isEmpty()) {
          diags.error(e.key().pos(), "scale `" + name + "` has no levels: list them best first, "
              + "each `- {key: ..., label: ..., symbol: ..., meaning: ...}`");
        } else {
          out.add(new Scale(name, levels));
        }
      }
    });
    return List.copyOf(out);
  }

  /** The levels listed under {@code key} of {@code f}, best first, as levels of scale {@code scale}. */
  private static List<Level> levels(Fields f, String key, String scale, Diagnostics diags) {
    List<Level> levels = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (YNode.Map m : f.maps(key, true)) {
      Fields l = new Fields(m, diags, Set.of("key", "label", "symbol", "meaning"));
      l.warnUnknown();
      Optional<String> k = l.text("key", true);
      k.ifPresent(x -> Keys.check("level key", x, "the class `level-<key>` of every cell at this level", l.pos("key"), diags));
      Optional<String> label = l.text("label", true);
      if (k.isEmpty() || label.isEmpty()) continue;
      Position first = seen.putIfAbsent(k.get(), l.pos("key"));
      if (first != null) {
        diags.error(l.pos("key"), "level `" + k.get() + "` is listed twice in scale `" + scale + "` (first at "
            + first.lineFrom(l.pos("key")) + "): give each level its own key");
        continue;
      }
      levels.add(new Level(k.get(), label.get(), l.text("symbol", ""), l.text("meaning", ""), levels.size(), scale));
    }
    return levels;
  }

  private static List<Source> sources(Optional<YNode> yaml, Diagnostics diags) {
    if (yaml.isEmpty()) return List.of();
    if (!(yaml.get() instanceof YNode.Seq seq)) {
      diags.error(yaml.get().pos(), "sources.yaml must be a list of sources, each `- {id: ..., title: ...}`");
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (YNode item : seq.items()) {
      Optional<Fields> of = Fields.of(item, "a source", diags, SOURCE_KEYS);
      if (of.isEmpty()) continue;
      Fields s = of.get();
      s.warnUnknown();
      Optional<String> id = s.text("id", true);
      id.ifPresent(x -> Keys.check("source id", x, "the id `source-<id>` on the sources page and in links to it", s.pos("id"), diags));
      Optional<String> title = s.text("title", true);
      String url = s.text("url", false).map(u -> checkUrl(u, s.pos("url"), diags)).orElse("");
      var date = s.date("date", false);
      if (id.isEmpty() || title.isEmpty()) continue;
      Position first = seen.putIfAbsent(id.get(), s.pos("id"));
      if (first != null) {
        diags.error(s.pos("id"), "duplicate source id `" + id.get() + "` (first at " + first.lineFrom(s.pos("id")) + ")");
        continue;
      }
      out.add(new Source(id.get(), title.get(), s.text("publisher", ""), url, date, s.pos("id")));
    }
    return List.copyOf(out);
  }

  private static String checkUrl(String url, Position pos, Diagnostics diags) {
    WebUrl.problem(url.strip()).ifPresent(p -> diags.error(pos, p));
    return url.strip();
  }

  static String normalizeBaseUrl(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  static String pathOf(String baseUrl) {
    try {
      String p = new URI(baseUrl).getPath();
      if (p == null || p.isEmpty()) return "/";
      return p.endsWith("/") ? p : p + "/";
    } catch (URISyntaxException e) {
      return "/";
    }
  }
}
