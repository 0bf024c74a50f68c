package dev.versus.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which templates a page's template reads, found in their sources: {@code extends}, {@code include},
 * {@code import}, {@code embed} and {@code from}, followed to the end. Each template is named with
 * what it currently is (the text of the file the theme chain picks), so a changed, added or
 * removed override shows up as a changed input. A reference that is not a quoted name (computed
 * at render time) makes the page depend on every template.
 */
final class TemplateGraph {
  private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(?:extends|include|import|embed|from)\\s+(\"[^\"]*\"|'[^']*'|[^\\s%]+)");

  private final Theme theme;
  private final Map<String, Optional<Template>> read = new HashMap<>();
  private final Map<String, Map<String, Object>> closures = new HashMap<>();

  /**
   * What a template is now: the text of the file the theme chain resolves it to. Not that file's path: a page's
   * digest for the build cache reads this, and the built-in theme is the repository's {@code theme/} under the
   * launcher but the jar's copy under {@code java -jar}, the same bytes (an override with the text it replaces renders alike).
   */
  record Template(String text) {}

  TemplateGraph(Theme theme) {
    this.theme = theme;
  }

  /**
   * {@code template:<name>} -> what it is, for the template and every one it reads; read once, like every
   * template: a graph lives only while the templates do not change (it belongs to one {@link Renderer}).
   */
  synchronized Map<String, Object> inputs(String name) {
    Map<String, Object> known = closures.get(name);
    if (known != null) return known;
    Map<String, Object> out = closure(name);
    closures.put(name, out);
    return out;
  }

  private Map<String, Object> closure(String name) {
    Map<String, Object> out = new TreeMap<>();
    Deque<String> todo = new ArrayDeque<>(Set.of(name));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (out.containsKey("template:" + n)) continue;
      Optional<Template> t = template(n);
      out.put("template:" + n, t.isPresent() ? t.get() : "missing");
      if (t.isEmpty()) continue;
      Matcher m = TAG.matcher(t.get().text());
      while (m.find()) {
        String ref = m.group(1);
        if (ref.startsWith("\"") || ref.startsWith("'")) todo.push(ref.substring(1, ref.length() - 1));
        else all().forEach(todo::push);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A tag that reads another template: where it stands and the chain of templates that led to it. */
  record Reference(String template, int line, List<String> chain) {}

  /**
   * Where {@code target} is read (included, extended, imported...) in the templates {@code root} reads,
   * nearest first: the template holding the tag, the tag's 1-based line, and the chain from {@code root}.
   */
  synchronized Optional<Reference> referenceTo(String root, String target) {
    Deque<List<String>> todo = new ArrayDeque<>(List.of(List.of(root)));
    Set<String> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      List<String> chain = todo.removeFirst();
      String name = chain.get(chain.size() - 1);
      if (!seen.add(name)) continue;
      Optional<Template> t = template(name);
      if (t.isEmpty()) continue;
      Matcher m = TAG.matcher(t.get().text());
      while (m.find()) {
        String ref = m.group(1);
        if (!ref.startsWith("\"") && !ref.startsWith("'")) continue;
        String child = ref.substring(1, ref.length() - 1);
        if (child.equals(target)) return Optional.of(new Reference(name, lineOf(t.get().text(), m.start()), chain));
        List<String> next = new ArrayList<>(chain);
        next.add(child);
        todo.addLast(next);
      }
    }
    return Optional.empty();
  }

  /** The chain of templates from {@code root} to {@code target} ({@code [root]} when they are the same or unlinked). */
  synchronized List<String> chain(String root, String target) {
    if (root.equals(target)) return List.of(root);
    return referenceTo(root, target).map(r -> {
      List<String> c = new ArrayList<>(r.chain());
      c.add(target);
      return c;
    }).orElse(List.of(root));
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  private Optional<Template> template(String name) {
    return read.computeIfAbsent(name, n -> theme.template(n).map(p -> new Template(text(p))));
  }

  /** Every template name along the theme chain. */
  private Set<String> all() {
    Set<String> names = new TreeSet<>();
    for (Path root : theme.roots()) {
      Path dir = root.resolve("templates");
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  private static String text(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
