package dev.versus.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency record of one build: for every page, the named inputs it read and their values.
 * Inputs are source documents ({@code articles/x.md}), what lists show of the articles
 * ({@code refs:articles}), every article as the feed shows it ({@code feed:articles}), the links of a body a page shows ({@code links:articles/x.md}),
 * derived lists ({@code backlinks:orm}, {@code related:articles/x.md}, {@code citations},
 * {@code slugs}), the templates it is rendered with ({@code template:base.peb}, every template the
 * page's template reads), and three shared by every page: {@code config} (site.yaml and sources.yaml),
 * {@code i18n} (the theme's UI strings) and {@code globals} (what every template sees, such as asset URLs with their content hashes).
 * A page renders to the same bytes while its inputs are equal, so comparing two records says
 * exactly which pages an edit changed.
 */
public final class Dependencies {
  private record Page(String template, Map<String, Object> inputs) {}

  private final Map<String, Page> pages;
  private final Map<String, Map<String, Object>> templates;
  private final Map<String, Object> shared;

  private Dependencies(Map<String, Page> pages, Map<String, Map<String, Object>> templates, Map<String, Object> shared) {
    this.pages = pages;
    this.templates = templates;
    this.shared = shared;
  }

  static Dependencies of(List<PagePlan> plans, Object config, Object strings, Map<String, Object> globals, TemplateGraph graph) {
    Map<String, Page> pages = new LinkedHashMap<>();
    Map<String, Map<String, Object>> templates = new LinkedHashMap<>();
    for (PagePlan p : plans) {
      pages.put(p.route(), new Page(p.template(), p.inputs()));
      templates.computeIfAbsent(p.template(), graph::inputs);
    }
    Map<String, Object> shared = new LinkedHashMap<>();
    shared.put("config", config);
    shared.put("i18n", strings);
    shared.put("globals", globals);
    return new Dependencies(pages, templates, shared);
  }

  /** Every page route of this build, in page order. */
  public Set<String> routes() {
    return Collections.unmodifiableSet(pages.keySet());
  }

  /** The names of every input {@code route} read; empty for an unknown route. */
  public Set<String> inputs(String route) {
    Page p = pages.get(route);
    if (p == null) return Set.of();
    Set<String> names = new TreeSet<>(p.inputs().keySet());
    names.addAll(templates.get(p.template()).keySet());
    names.addAll(shared.keySet());
    return names;
  }

  /** The pages that read {@code input}, in page order. */
  public Set<String> readers(String input) {
    Set<String> out = new LinkedHashSet<>();
    pages.forEach((route, p) -> {
      if (shared.containsKey(input) || p.inputs().containsKey(input) || templates.get(p.template()).containsKey(input)) {
        out.add(route);
      }
    });
    return out;
  }

  /**
   * What differs from {@code before}, in one pass over both records.
   *
   * @param inputs the inputs whose value changed, by name: an input keeps one value for every page
   *     that reads it, so each of its readers must be rendered again
   * @param pages the pages to render again: new pages, pages reading a changed input, pages that
   *     read other inputs than before (a new link, another template); in page order
   * @param reading the pages of both records that read other inputs than before
   * @param removed the pages of {@code before} this record no longer has
   */
  public record Changes(Set<String> inputs, Set<String> pages, Set<String> reading, Set<String> removed) {}

  public Changes changesSince(Dependencies before) {
    Set<String> inputs = new TreeSet<>();
    diff(shared, before.shared, inputs);
    boolean all = !inputs.isEmpty();
    Set<String> changedTemplates = new TreeSet<>();
    templates.forEach((name, closure) -> {
      Map<String, Object> old = before.templates.get(name);
      if (old == null || !old.keySet().equals(closure.keySet())) changedTemplates.add(name);
      if (old != null && diff(closure, old, inputs)) changedTemplates.add(name);
    });
    Set<String> pagesToRender = new LinkedHashSet<>();
    Set<String> reading = new LinkedHashSet<>();
    pages.forEach((route, p) -> {
      Page old = before.pages.get(route);
      if (old == null) {
        pagesToRender.add(route);
        return;
      }
      // an unchanged article's page reads the very same map as before (ArticleMemo): nothing to compare
      if (p.inputs() == old.inputs() && p.template().equals(old.template())) {
        if (all || changedTemplates.contains(p.template())) pagesToRender.add(route);
        return;
      }
      boolean differs = diff(p.inputs(), old.inputs(), inputs);
      if (!old.template().equals(p.template()) || !old.inputs().keySet().equals(p.inputs().keySet())) {
        reading.add(route);
        differs = true;
      }
      if (all || differs || changedTemplates.contains(p.template())) pagesToRender.add(route);
    });
    Set<String> removed = new LinkedHashSet<>(before.pages.keySet());
    removed.removeAll(pages.keySet());
    return new Changes(inputs, pagesToRender, reading, removed);
  }

  /**
   * Every page's digest (hex SHA-256 of its template's name and of every input it reads, names and values,
   * {@link InputDigest}), the same in every run for the same inputs: the persistent build cache keeps them
   * to know, in the next process, which pages must be rendered again. A page whose inputs hold a value the
   * digest cannot read has none, and is always rendered.
   */
  public Map<String, String> digests() {
    return digests(Map.of());
  }

  /**
   * {@link #digests()}, taking {@code known} (by identity, an {@link java.util.IdentityHashMap}) as the digest of
   * those values: a body's digest made from its file's path and bytes stands for its text, which is most of what
   * the digests would read (each of them must stand for exactly what the value holds, the same in every run).
   */
  public Map<String, String> digests(Map<?, byte[]> known) {
    InputDigest digest = new InputDigest(known);
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Object> sharedDigests = digestsOf(shared, digest);
    // what every page of a template reads besides its own inputs (its templates' inputs, the shared ones), digested
    // once per template: a page then digests its own few inputs and this, not twenty names again
    Map<String, Optional<String>> rest = new java.util.HashMap<>();
    pages.forEach((route, p) -> {
      Optional<String> common = rest.computeIfAbsent(p.template(), t -> {
        Map<String, Object> all = new java.util.TreeMap<>(digestsOf(templates.get(t), digest));
        all.putAll(sharedDigests);
        all.put("page-template", t);
        return all.containsValue(UNREADABLE) ? Optional.empty() : digest.of(all).map(java.util.HexFormat.of()::formatHex);
      });
      Map<String, Object> own = new java.util.TreeMap<>(digestsOf(p.inputs(), digest));
      if (common.isEmpty() || own.containsValue(UNREADABLE)) return;
      // the names and values, each already a digest, with the template's (under a name no input has): the page's digest
      own.put(COMMON, common.get());
      digest.of(own).ifPresent(d -> out.put(route, java.util.HexFormat.of().formatHex(d)));
    });
    return out;
  }

  private static final Object UNREADABLE = new Object();
  /** The name a page's digest gives what its template reads besides the page's own inputs: never an input's name. */
  private static final String COMMON = "\u0000template and shared inputs";

  private static Map<String, Object> digestsOf(Map<String, Object> values, InputDigest digest) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((name, value) -> out.put(name, digest.of(value).<Object>map(java.util.HexFormat.of()::formatHex).orElse(UNREADABLE)));
    return out;
  }

  /** Adds the names present in both maps whose values differ; whether there was any. */
  private static boolean diff(Map<String, Object> now, Map<String, Object> then, Set<String> out) {
    boolean any = false;
    for (Map.Entry<String, Object> e : now.entrySet()) {
      Object old = then.get(e.getKey());
      if ((old != null || then.containsKey(e.getKey())) && !Objects.equals(e.getValue(), old)) {
        out.add(e.getKey());
        any = true;
      }
    }
    return any;
  }
}
