package dev.versus.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency record of one build: for every page, the named inputs it read and their values.
 * Inputs are source documents ({@code articles/x.md}), the links of a body a page shows
 * ({@code links:articles/x.md}), derived lists ({@code backlinks:orm}, {@code citations},
 * {@code routes}), the templates it is rendered with ({@code template:base.peb}, every template the
 * page's template reads), and two shared by every page: {@code config} (site.yaml and sources.yaml)
 * and {@code globals} (what every template sees, such as asset URLs with their content hashes).
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

  static Dependencies of(List<PagePlan> plans, Object config, Map<String, Object> globals, TemplateGraph graph) {
    Map<String, Page> pages = new LinkedHashMap<>();
    Map<String, Map<String, Object>> templates = new LinkedHashMap<>();
    for (PagePlan p : plans) {
      pages.put(p.route(), new Page(p.template(), Collections.unmodifiableMap(p.inputs())));
      templates.computeIfAbsent(p.template(), graph::inputs);
    }
    Map<String, Object> shared = new LinkedHashMap<>();
    shared.put("config", config);
    shared.put("globals", globals);
    return new Dependencies(Collections.unmodifiableMap(pages), templates, Collections.unmodifiableMap(shared));
  }

  /** Every page route of this build, in page order. */
  public Set<String> routes() {
    return pages.keySet();
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
   * The inputs whose value differs from {@code before}'s, by name: an input that keeps its name
   * has one value for every page that reads it, so each page reading it must be rendered again.
   * (Pages that start or stop reading an input are {@link #readingChanged}.)
   */
  public Set<String> changedInputs(Dependencies before) {
    Set<String> out = new TreeSet<>();
    diff(shared, before.shared, out);
    templates.forEach((name, inputs) -> diff(inputs, before.templates.getOrDefault(name, Map.of()), out));
    pages.forEach((route, p) -> {
      Page old = before.pages.get(route);
      if (old != null) diff(p.inputs(), old.inputs(), out);
    });
    return out;
  }

  /** Pages of both records that read other inputs than before (a new link, another template). */
  public Set<String> readingChanged(Dependencies before) {
    Set<String> out = new LinkedHashSet<>();
    pages.forEach((route, p) -> {
      Page old = before.pages.get(route);
      if (old != null && (!old.template().equals(p.template()) || !old.inputs().keySet().equals(p.inputs().keySet()))) {
        out.add(route);
      }
    });
    return out;
  }

  /**
   * The pages that must be rendered again to match {@code before}: new pages, and pages whose
   * inputs differ (a changed value, an input read or no longer read, another template). In page order.
   */
  public Set<String> changedSince(Dependencies before) {
    boolean all = !shared.equals(before.shared);
    Set<String> changedTemplates = new TreeSet<>();
    templates.forEach((name, inputs) -> {
      if (!inputs.equals(before.templates.get(name))) changedTemplates.add(name);
    });
    Set<String> out = new LinkedHashSet<>();
    pages.forEach((route, p) -> {
      Page old = before.pages.get(route);
      if (all || old == null || !old.template().equals(p.template()) || changedTemplates.contains(p.template())
          || !p.inputs().equals(old.inputs())) {
        out.add(route);
      }
    });
    return out;
  }

  /** The pages of {@code before} this build no longer has. */
  public Set<String> removedSince(Dependencies before) {
    Set<String> out = new LinkedHashSet<>(before.pages.keySet());
    out.removeAll(pages.keySet());
    return out;
  }

  /** Adds the names present in both maps whose values differ. */
  private static void diff(Map<String, Object> now, Map<String, Object> then, Set<String> out) {
    now.forEach((k, v) -> {
      if (then.containsKey(k) && !Objects.equals(v, then.get(k))) out.add(k);
    });
  }
}
