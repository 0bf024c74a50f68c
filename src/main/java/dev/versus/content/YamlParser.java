package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Parses YAML 1.2 into {@link YNode}s with file positions. Composes nodes rather than
 * constructing Java objects so every value keeps its line and column, and so keys and slugs
 * that look like numbers or booleans stay the strings the author wrote.
 */
public final class YamlParser {
  /** Deeper than any front matter needs; snakeyaml composes recursively, so deeper input would overflow the stack. */
  static final int MAX_DEPTH = 64;
  /** Values an alias may add on top of those written: far above any guide, far below an alias bomb ("billion laughs"). */
  static final int MAX_ALIAS_VALUES = 10_000;
  /** The tags of YAML 1.2's core schema (spec 10.3); any other explicit tag is refused, never constructed. */
  private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null", "seq", "map")
      .stream().map(t -> Tag.PREFIX + t).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private YamlParser() {}

  /**
   * Parses {@code text}, which starts at line {@code firstLine} of {@code file}. Problems go to
   * {@code diags}; the result is empty when the YAML cannot be read at all.
   */
  public static Optional<YNode> parse(String file, String text, int firstLine, Diagnostics diags) {
    // a composer is not thread-safe: one per call keeps parallel loading correct
    LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
        // snakeyaml-engine 3 refuses a list as a key in its own words; Versus says it for authors (YNode)
        .setAllowNonScalarKeys(true).build();
    try {
      List<Event> events = new ArrayList<>();
      Optional<Integer> written = prescan(file, text, firstLine, settings, diags, events);
      if (written.isEmpty()) return Optional.empty();
      // composed from the events prescan read: the text is parsed once (a second parse was 40% of this method)
      Optional<Node> root = new Composer(settings, new Replay(events)).getSingleNode();
      if (root.isEmpty()) return Optional.empty();
      Budget budget = new Budget(written.get() + MAX_ALIAS_VALUES);
      YNode out = convert(file, root.get(), firstLine, diags, budget, new java.util.IdentityHashMap<>(), 0);
      return budget.exceeded ? Optional.empty() : Optional.of(out);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? firstLine : mark.getLine() + firstLine;
      java.util.Optional<YamlHint.Hint> hint = mark == null ? java.util.Optional.empty()
          : YamlHint.explain(text, mark.getLine(), mark.getColumn(), e.getProblem());
      int col = hint.map(h -> h.column() + 1).orElse(mark == null ? 1 : mark.getColumn() + 1);
      diags.error(file, line, col, hint.map(h -> "invalid YAML: " + h.says() + " (the YAML parser says: " + e.getProblem() + ")")
          .orElse("invalid YAML: " + e.getProblem()
          + " (check indentation, quote values that contain `: ` or start with a special character,"
          + " and close every quote: one left open on an earlier line shows up here)"));
      return Optional.empty();
    } catch (YamlEngineException e) {
      diags.error(file, firstLine, 1, "invalid YAML: " + e.getMessage()
          + (e.getMessage() != null && e.getMessage().contains("aliases") ? " (an alias bomb?): write the values out instead of repeating aliases" : ""));
      return Optional.empty();
    }
  }

  /**
   * Reads the event stream (snakeyaml's parser keeps an explicit stack, so this never overflows)
   * and refuses, at their position, nesting deeper than {@link #MAX_DEPTH} and explicit tags outside
   * the core schema. Returns the number of values written, or empty after an error; every event read goes to
   * {@code events}, for the composer.
   */
  private static Optional<Integer> prescan(String file, String text, int firstLine, LoadSettings settings, Diagnostics diags,
      List<Event> events) {
    int depth = 0;
    int values = 0;
    boolean ok = true;
    for (Event e : new Parse(settings).parseString(text)) {
      events.add(e);
      Optional<String> tag = Optional.empty();
      if (e instanceof CollectionStartEvent c) {
        tag = c.getTag();
        if (++depth > MAX_DEPTH) {
          diags.error(at(file, e.getStartMark(), firstLine), "YAML nested more than " + MAX_DEPTH
              + " levels deep: front matter needs a few levels; flatten it");
          return Optional.empty();
        }
      } else if (e instanceof CollectionEndEvent) {
        depth--;
      } else if (e instanceof ScalarEvent s) {
        tag = s.getTag();
      }
      if (e instanceof NodeEvent) values++;
      if (tag.isPresent() && !tag.get().equals("!") && !CORE_TAGS.contains(tag.get())) {
        String shown = tag.get().startsWith(Tag.PREFIX) ? "!!" + tag.get().substring(Tag.PREFIX.length()) : tag.get();
        diags.error(at(file, e.getStartMark(), firstLine), "explicit tag `" + shown
            + "` is not allowed: front matter is plain data, read without constructing objects; remove the tag");
        ok = false;
      }
    }
    return ok ? Optional.of(values) : Optional.empty();
  }

  private static Position at(String file, Optional<Mark> mark, int firstLine) {
    return mark.map(m -> new Position(file, m.getLine() + firstLine, m.getColumn() + 1)).orElse(new Position(file, firstLine, 1));
  }

  /** snakeyaml's parser as the composer reads it, over events already read: the composer's only source. */
  private static final class Replay implements Parser {
    private final List<Event> events;
    private int next;

    Replay(List<Event> events) {
      this.events = events;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return hasNext() && events.get(next).getEventId() == id;
    }

    @Override
    public Event peekEvent() {
      if (!hasNext()) throw new java.util.NoSuchElementException("no more YAML events");
      return events.get(next);
    }

    @Override
    public Event next() {
      Event e = peekEvent();
      next++;
      return e;
    }

    @Override
    public boolean hasNext() {
      return next < events.size();
    }
  }

  /** How many more values aliases may still add; {@code exceeded} once an alias went past it (reported once). */
  private static final class Budget {
    int left;
    boolean exceeded;

    Budget(int left) {
      this.left = left;
    }
  }

  /**
   * Converts {@code node}, counting every value against {@code budget} (aliases re-use nodes, so
   * a few lines can stand for billions of values) and refusing an alias inside itself, found
   * among {@code open}, the nodes being converted, and nesting that aliases drive past the limit.
   */
  private static YNode convert(String file, Node node, int firstLine, Diagnostics diags, Budget budget,
      java.util.IdentityHashMap<Node, Boolean> open, int depth) {
    Position pos = at(file, node.getStartMark(), firstLine);
    if (node instanceof ScalarNode s) {
      budget.left--;
      boolean isNull = s.getTag().equals(Tag.NULL);
      return new YNode.Scalar(isNull ? "" : SourceText.withoutForbidden(s.getValue()), isNull, pos);
    }
    if (budget.exceeded) return new YNode.Scalar("", true, pos);
    if (--budget.left < 0 || depth > 2 * MAX_DEPTH || open.containsKey(node)) {
      if (!budget.exceeded) {
        diags.error(pos, open.containsKey(node) ? "an alias refers to the value that contains it: write the value out instead"
            : "aliases expand to more than " + MAX_ALIAS_VALUES + " values or nest too deeply (an alias bomb?): write the values out instead");
      }
      budget.exceeded = true;
      return new YNode.Scalar("", true, pos);
    }
    open.put(node, Boolean.TRUE);
    try {
      return collection(file, node, firstLine, diags, budget, open, depth, pos);
    } finally {
      open.remove(node);
    }
  }

  private static YNode collection(String file, Node node, int firstLine, Diagnostics diags, Budget budget,
      java.util.IdentityHashMap<Node, Boolean> open, int depth, Position pos) {
    if (node instanceof SequenceNode seq) {
      List<YNode> items = new ArrayList<>();
      for (Node child : seq.getValue()) items.add(convert(file, child, firstLine, diags, budget, open, depth + 1));
      return new YNode.Seq(List.copyOf(items), pos);
    }
    MappingNode map = (MappingNode) node;
    Map<String, YNode.Entry> entries = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      YNode key = convert(file, t.getKeyNode(), firstLine, diags, budget, open, depth + 1);
      YNode value = convert(file, t.getValueNode(), firstLine, diags, budget, open, depth + 1);
      if (budget.exceeded) break;
      if (!(key instanceof YNode.Scalar k)) {
        diags.error(key.pos(), "a key must be a plain name, not " + key.kind());
        continue;
      }
      if (entries.containsKey(k.value())) {
        YNode.Scalar first = entries.get(k.value()).key();
        diags.error(k.pos(), "duplicate key `" + k.value() + "` (first given at "
            + first.pos().lineFrom(k.pos()) + "); remove one of them");
        continue;
      }
      entries.put(k.value(), new YNode.Entry(k, value));
    }
    return new YNode.Map(entries, pos);
  }
}
