package dev.versus.model;

import dev.versus.content.Document;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each document's reading and link resolution, kept between assemblies so the preview server
 * redoes them only for documents that changed (the load stage hands back the same objects for
 * unchanged files). A result is reused only while what it was computed from is unchanged: the
 * configuration for readings; the set of files and every document its links looked at for links.
 * A one-off build starts empty and computes everything.
 */
final class Memo {
  private record Step<T>(T value, List<Diagnostic> diagnostics, Map<String, Document> consulted) {}

  private Object readContext;
  private Object linkContext;
  private Map<String, Document> lastByPath = Map.of();
  private final Map<Document, Step<Object>> reads = new IdentityHashMap<>();
  private final Map<Document, Step<List<CrossLink>>> links = new IdentityHashMap<>();
  /**
   * target path -> documents whose resolution looked that path up; null until an assembly after the first needs it
   * ({@link #readers()}): a one-off build assembles once, and indexing its 33,000 links (4,000 articles) was a fifth
   * of its link resolution (JFR).
   */
  private Map<String, Set<Document>> readers;
  private final Map<String, Derived> derived = new HashMap<>();
  private final Map<String, Derived> sums = new HashMap<>();

  private record Derived(List<?> inputs, Object value) {}

  /** Forgets every reading when what readers see besides the document changed. */
  void readContext(Object context) {
    if (!Objects.equals(context, readContext)) reads.clear();
    readContext = context;
  }

  /**
   * Forgets resolutions that may now differ: all of them when the set of files or routes changed,
   * else those that looked at a document which changed.
   */
  void linkContext(Object context, Map<String, Document> byPath) {
    if (!Objects.equals(context, linkContext)) {
      links.clear();
      readers = null;
    } else {
      for (Map.Entry<String, Document> e : lastByPath.entrySet()) {
        if (byPath.get(e.getKey()) != e.getValue()) forgetReadersOf(e.getKey());
      }
    }
    linkContext = context;
    // the caller does not change the map after this call
    lastByPath = byPath;
  }

  @SuppressWarnings("unchecked")
  <T> T read(Document doc, Diagnostics diags, Function<Diagnostics, T> reader) {
    Step<Object> step = reads.get(doc);
    if (step == null) {
      Diagnostics own = new Diagnostics();
      step = new Step<>(reader.apply(own), own.sorted(), Map.of());
      reads.put(doc, step);
    }
    step.diagnostics().forEach(diags::add);
    return (T) step.value();
  }

  List<CrossLink> links(Document doc, Diagnostics diags, Function<Diagnostics, LinkResolver> resolver) {
    Step<List<CrossLink>> step = links.get(doc);
    if (step == null) {
      Diagnostics own = new Diagnostics();
      LinkResolver r = resolver.apply(own);
      // the resolver is this step's alone: its map is not copied
      step = new Step<>(List.copyOf(r.resolveAll(doc)), own.sorted(), Collections.unmodifiableMap(r.consulted()));
      links.put(doc, step);
      if (readers != null) index(doc, step);
    }
    step.diagnostics().forEach(diags::add);
    return step.value();
  }

  /**
   * A value computed from {@code inputs} alone (an article's backlinks from its links, slug and
   * title), kept under {@code key} while the inputs are the same (the same objects, or equal
   * strings). A value computed again that equals the old one is replaced by the old object, so
   * what is summed over such values can be reused too ({@link #sum}).
   */
  @SuppressWarnings("unchecked")
  <T> T derived(String key, List<?> inputs, Supplier<T> compute) {
    Derived d = derived.get(key);
    if (d != null && same(d.inputs(), inputs, false)) return (T) d.value();
    T value = compute.get();
    if (d != null && d.value().equals(value)) value = (T) d.value();
    derived.put(key, new Derived(inputs, value));
    return value;
  }

  /** Forgets derived values whose key is not among {@code keys} (looked at only when some must go). */
  void retainDerived(List<String> keys) {
    if (derived.size() > keys.size()) derived.keySet().retainAll(new java.util.HashSet<>(keys));
  }

  /** The last result of {@code sum} named {@code name} while {@code parts} are the very same objects, else a new one. */
  @SuppressWarnings("unchecked")
  <T> T sum(String name, List<?> parts, Supplier<T> sum) {
    Derived d = sums.get(name);
    if (d != null && same(d.inputs(), parts, true)) return (T) d.value();
    T value = sum.get();
    sums.put(name, new Derived(parts, value));
    return value;
  }

  private static boolean same(List<?> a, List<?> b, boolean identity) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      if (x != y && (identity || !(x instanceof String) || !x.equals(y))) return false;
    }
    return true;
  }

  /** The index of {@link #readers}, made from every kept resolution when first needed, then kept up to date. */
  private Map<String, Set<Document>> readers() {
    if (readers == null) {
      readers = new HashMap<>();
      links.forEach(this::index);
    }
    return readers;
  }

  private void index(Document doc, Step<List<CrossLink>> step) {
    for (String path : step.consulted().keySet()) {
      readers.computeIfAbsent(path, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(doc);
    }
  }

  /** The diagnostics of {@code doc}'s reading, if it was read. */
  Optional<List<Diagnostic>> readDiagnostics(Document doc) {
    return Optional.ofNullable(reads.get(doc)).map(Step::diagnostics);
  }

  /**
   * Puts {@code after} where {@code before} was ({@link BodyEdit}): read as {@code reading} with {@code diagnostics},
   * its links resolved as {@code before}'s were (the caller checked that they resolve alike), and looked up in its
   * place by the resolutions that consulted {@code before}.
   */
  void replace(Document before, Document after, Object reading, List<Diagnostic> diagnostics) {
    reads.remove(before);
    reads.put(after, new Step<>(reading, diagnostics, Map.of()));
    Step<List<CrossLink>> resolved = links.remove(before);
    if (resolved != null) links.put(after, resolved);
    for (String path : resolved == null || readers == null ? Set.<String>of() : resolved.consulted().keySet()) {
      Set<Document> r = readers.get(path);
      if (r != null && r.remove(before)) r.add(after);
    }
    if (lastByPath.get(before.path()) == before) {
      Map<String, Document> next = new java.util.HashMap<>(lastByPath);
      next.put(before.path(), after);
      lastByPath = next;
    }
  }

  /** Drops what was kept for documents that are gone, so a long preview session does not grow. */
  void retain(List<Document> current) {
    Set<Document> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    keep.addAll(current);
    reads.keySet().retainAll(keep);
    List.copyOf(links.keySet()).stream().filter(d -> !keep.contains(d)).forEach(this::forget);
  }

  private void forgetReadersOf(String path) {
    Set<Document> docs = readers().remove(path);
    if (docs != null) List.copyOf(docs).forEach(this::forget);
  }

  private void forget(Document doc) {
    Step<List<CrossLink>> step = links.remove(doc);
    if (step == null || readers == null) return;
    for (String path : step.consulted().keySet()) {
      Set<Document> r = readers.get(path);
      if (r != null) r.remove(doc);
    }
  }
}
