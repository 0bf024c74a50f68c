package dev.versus.pipeline;

import dev.versus.render.PrintSections;
import dev.versus.render.RenderPlan;
import dev.versus.render.Theme;
import dev.versus.site.SiteWriter;
import dev.versus.web.Output;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The render stage of a build with the cache: which pages the old site already holds as this build
 * would render them (the same digest of inputs as the page record says, and the very file written then),
 * kept in the site without rendering or writing them ({@link SiteWriter.Staging#keep}), and which must be rendered. Says how many of
 * each in a note (the build's report), and makes the page record of the published site. {@code key}: the key
 * the page record is saved under ({@link BuildCache#pageKey}); {@code kept}: the pages kept from the old site,
 * as {@link SiteWriter.Staging#keep} returns them; {@code toRender}: new pages, and pages whose inputs changed
 * or whose file is not the one written; {@code print}: the print view's article sections of the last build, to
 * reuse and record; {@code before}: the last build's record; {@code generated}: the digest of each file made by a
 * generator other than a page ({@link #generated}), by path, to record.
 */
record CachedPages(String key, Path out, RenderPlan plan, Map<String, String> digests, List<Output> kept,
    List<String> toRender, PrintSections print, PageRecord before, SiteWriter.Staging staging, Map<String, String> generated) {
  /** The record's prefix of a generated file's entry: {@code generated:search/index.json}. */
  private static final String GENERATED = "generated:";

  /**
   * Compares {@code plan}'s pages with the last build's record and keeps the unchanged ones into
   * {@code staging} ({@code bodies}: the digest of each body the load stage knows, {@code LoadCache#bodyDigests}); empty (every page rendered) when the theme cannot be read for the cache's key.
   */
  static Optional<CachedPages> start(BuildCache cache, SiteWriter.Staging staging, BuildOptions options, Theme theme,
      RenderPlan plan, Map<?, byte[]> bodies, Stages stages, List<String> notes) {
    String key;
    try {
      key = BuildCache.pageKey(options, theme.roots());
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
    PageRecord before = cache.pages(key, notes);
    Map<String, String> digests = stages.timed("digest", () -> plan.dependencies().digests(bodies));
    Path out = options.out().toAbsolutePath().normalize();
    List<Output> kept = new ArrayList<>();
    List<String> toRender = new ArrayList<>();
    stages.timed("keep", () -> {
      for (String route : plan.routes()) {
        String file = plan.file(route).orElseThrow();
        Optional<Output> keep = before.unchanged(route, digests.get(route), out.resolve(file))
            .flatMap(kind -> staging.keep(file, kind));
        if (keep.isPresent()) kept.add(keep.get());
        else toRender.add(route);
      }
      return null;
    });
    notes.add("build cache: rendered " + toRender.size() + " of " + plan.routes().size() + " pages, kept "
        + kept.size() + " unchanged");
    // nothing to render, so no print view: its sections (32 MB of cache at 4,000 articles) are not even read
    PrintSections print = toRender.isEmpty() ? PrintSections.none()
        : stages.timed("keep", () -> cache.printSections(key, digests, notes));
    return Optional.of(new CachedPages(key, out, plan, digests, kept, toRender, print, before, staging,
        new java.util.concurrent.ConcurrentHashMap<>()));
  }

  /**
   * The files of a generator of several files (the search index's), whose outputs are all of {@code kind}, each a
   * function of inputs of the digest {@code digests} gives its path: each of the old site's files is kept when the
   * last build recorded it under that digest and it is still the file written; {@code make} makes the others, given
   * the kept ones (path to the file in the site). Recorded either way for the next build; how many were kept goes
   * into {@code notes}.
   */
  List<Output> generated(String kind, Map<String, String> digests, java.util.function.Function<Map<String, Path>, List<Output>> make,
      List<String> notes) {
    List<Output> outputs = new ArrayList<>();
    Map<String, Path> kept = new HashMap<>();
    digests.forEach((path, digest) -> {
      Path file = out.resolve(path);
      if (before.unchanged(GENERATED + path, digest, file).isEmpty()) return;
      staging.keep(path, kind).ifPresent(o -> {
        outputs.add(o);
        kept.put(path, file);
      });
    });
    if (kept.size() < digests.size()) {
      // a kept file's bytes are the ones made (the same digest), so what is kept stays, the rest is added
      for (Output o : make.apply(Map.copyOf(kept))) {
        if (!kept.containsKey(o.path())) outputs.add(o);
      }
    }
    notes.add("build cache: kept " + kept.size() + " of " + digests.size() + " " + kind + " files");
    for (Output o : outputs) {
      String digest = digests.get(o.path());
      if (digest != null) generated.put(o.path(), digest);
    }
    return outputs;
  }

  /**
   * The record of the site just published from {@code outputs}: each page with a digest and its file as written. A
   * page kept by the keep stage, when the publish went in place ({@link SiteWriter.Staging#keptUntouched}), keeps the
   * last record's entry: the keep stage has just read that file's size and times and found them the recorded ones, and
   * nothing touched it since. Reading them again cost a stat through the {@code unix} view per page (about 60 ms at
   * 4,000 articles); after a swap every kept file was linked anew, which changes its change time, so all are read.
   */
  PageRecord record(List<Output> outputs) {
    Map<String, String> kinds = new HashMap<>();
    for (Output o : outputs) kinds.put(o.path(), o.kind());
    java.util.Set<String> untouched = new java.util.HashSet<>();
    if (staging.keptUntouched()) for (Output o : kept) untouched.add(o.path());
    Map<String, PageRecord.Page> pages = new HashMap<>();
    for (String route : plan.routes()) {
      String digest = digests.get(route);
      String file = plan.file(route).orElseThrow();
      String kind = kinds.get(file);
      if (digest == null || kind == null) continue;
      Optional<PageRecord.Page> same = untouched.contains(file) ? before.entry(route)
          .filter(p -> p.digest().equals(digest) && p.kind().equals(kind)) : Optional.empty();
      same.or(() -> PageRecord.written(digest, kind, out.resolve(file))).ifPresent(p -> pages.put(route, p));
    }
    generated.forEach((file, digest) -> {
      String kind = kinds.get(file);
      if (kind != null) PageRecord.written(digest, kind, out.resolve(file)).ifPresent(p -> pages.put(GENERATED + file, p));
    });
    return PageRecord.of(pages);
  }
}
