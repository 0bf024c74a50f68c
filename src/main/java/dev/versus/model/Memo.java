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
  /** target path -> documents whose resolution looked that path up. */
  private final Map<String, Set<Document>> readers = new HashMap<>();
  private final Map<Object, Derived> derived = new IdentityHashMap<>();

  private record Derived(Object input, Object value) {}

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
      readers.clear();
    } else {
      for (Map.Entry<String, Document> e : lastByPath.entrySet()) {
        if (byPath.get(e.getKey()) != e.getValue()) forgetReadersOf(e.getKey());
      }
    }
    linkContext = context;
    lastByPath = Map.copyOf(byPath);
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
      step = new Step<>(List.copyOf(r.resolveAll(doc)), own.sorted(), Map.copyOf(r.consulted()));
      links.put(doc, step);
      for (String path : step.consulted().keySet()) {
        readers.computeIfAbsent(path, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(doc);
      }
    }
    step.diagnostics().forEach(diags::add);
    return step.value();
  }

  /**
   * A value computed from {@code owner} and {@code input} alone (an article's backlinks from its
   * links), kept while both are the very same objects as last time.
   */
  @SuppressWarnings("unchecked")
  <T> T derived(Object owner, Object input, Supplier<T> compute) {
    Derived d = derived.get(owner);
    if (d == null || d.input() != input) {
      d = new Derived(input, compute.get());
      derived.put(owner, d);
    }
    return (T) d.value();
  }

  /** Forgets derived values whose owner is not among {@code owners}. */
  void retainDerived(List<?> owners) {
    Set<Object> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    keep.addAll(owners);
    derived.keySet().retainAll(keep);
  }

  /** Drops what was kept for documents that are gone, so a long preview session does not grow. */
  void retain(List<Document> current) {
    Set<Document> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    keep.addAll(current);
    reads.keySet().retainAll(keep);
    List.copyOf(links.keySet()).stream().filter(d -> !keep.contains(d)).forEach(this::forget);
  }

  private void forgetReadersOf(String path) {
    Set<Document> docs = readers.remove(path);
    if (docs != null) List.copyOf(docs).forEach(this::forget);
  }

  private void forget(Document doc) {
    Step<List<CrossLink>> step = links.remove(doc);
    if (step == null) return;
    for (String path : step.consulted().keySet()) {
      Set<Document> r = readers.get(path);
      if (r != null) r.remove(doc);
    }
  }
}
