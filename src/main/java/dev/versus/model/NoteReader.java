package dev.versus.model;

import dev.versus.config.Keys;
import dev.versus.content.Fields;
import dev.versus.content.Markdown;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a criterion's {@code notes:} (a map from a key to one Markdown paragraph) and numbers the notes by
 * their first use in the verdicts. A key becomes the id {@code note-<key>} on the criterion's page, so it
 * must be a slug ({@link Keys}); a note's links must be full URLs, since a note is shown on several pages
 * (the criterion's, the comparison table's, the print view) where a relative link would mean different things.
 */
final class NoteReader {
  private NoteReader() {}

  /**
   * A note as written: its rendered paragraph (empty after an error: the key still counts as defined, so the
   * verdicts using it are not reported a second time) and its key's node (for positions).
   */
  record Written(Optional<String> html, YNode.Scalar key) {}

  /** The notes {@code f} defines, by key in written order; each problem reported.  */
  static Map<String, Written> defined(Fields f, String file, Supplier<Markdown> markdown, boolean unsafeHtml,
      Diagnostics diags) {
    Map<String, Written> out = new LinkedHashMap<>();
    Optional<YNode.Map> notes = f.map("notes", false);
    if (notes.isEmpty()) return out;
    for (YNode.Entry e : notes.get().entries().values()) {
      String key = e.key().value();
      out.put(key, new Written(Optional.empty(), e.key()));
      if (!Keys.check("note key", key, "the id `note-" + key + "`", e.key().pos(), diags)) continue;
      if (!(e.value() instanceof YNode.Scalar text) || text.isNull() || text.value().isBlank()) {
        diags.error(e.value().pos(), "note `" + key + "` must be one Markdown paragraph, found " + e.value().kind()
            + ": write `" + key + ": \"...\"`");
        continue;
      }
      markdown.get().render(file, text.value(), text.pos().line(), diags).ifPresent(r -> {
        if (!unsafeHtml) r.active().forEach(a -> diags.warning(a.at(), a.message()));
        out.put(key, new Written(html(r.html(), key, text, diags), e.key()));
      });
    }
    return out;
  }

  /** The note's HTML without the renderer's position attributes; empty after an error for a link that is not a full URL. */
  private static Optional<String> html(String rendered, String key, YNode.Scalar text, Diagnostics diags) {
    Element body = Jsoup.parseBodyFragment(rendered).body();
    List<Element> blocks = body.children();
    if (blocks.size() != 1 || !blocks.get(0).tagName().equals("p")) {
      // a note sits in a cell's footnote and one item of the criterion's list: a heading or a second block there
      // would break the page's outline and the table's footnotes
      diags.error(text.pos(), "note `" + key + "` must be one Markdown paragraph, found " + kinds(blocks)
          + ": keep one paragraph, and write the rest in the criterion's body");
      return Optional.empty();
    }
    boolean ok = true;
    for (Element link : body.select("a[href], img[src]")) {
      String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
      if (!target.matches("(?i)(https?|mailto):.*")) {
        diags.error(text.pos(), "note `" + key + "` links `" + target + "`: a note is shown on several pages, so its links"
            + " must be full URLs such as https://...; link the guide's own pages from the criterion's body instead");
        ok = false;
      }
      link.removeAttr(Markdown.LINE_ATTR).removeAttr(Markdown.COLUMN_ATTR);
    }
    // the position raw HTML's elements carry for the body's mends (a note's raw HTML is cleaned where it is shown)
    for (Element e : body.select("[" + Markdown.AT_ATTR + "]")) e.removeAttr(Markdown.AT_ATTR);
    body.ownerDocument().outputSettings().prettyPrint(false);
    return ok ? Optional.of(body.html().strip()) : Optional.empty();
  }

  /** The kinds of {@code blocks} in words, as an author names them: "a paragraph and a heading". */
  private static String kinds(List<Element> blocks) {
    List<String> names = blocks.stream().map(b -> switch (b.tagName()) {
      case "p" -> "a paragraph";
      case "h1", "h2", "h3", "h4", "h5", "h6" -> "a heading";
      case "ul", "ol" -> "a list";
      case "pre" -> "a code block";
      case "blockquote" -> "a quote";
      case "table" -> "a table";
      case "hr" -> "a rule";
      default -> "a `<" + b.tagName() + ">`";
    }).toList();
    if (names.size() == 1) return names.get(0);
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * The notes numbered from 1 in order of first use by {@code verdicts} (site.yaml's subject order), then the
   * unused ones (number 0), each of which is a warning at its key.
   */
  static List<Note> numbered(Map<String, Written> defined, List<Verdict> verdicts, Diagnostics diags) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Verdict v : verdicts) {
      for (String key : v.notes()) numbers.putIfAbsent(key, numbers.size() + 1);
    }
    List<Note> out = new ArrayList<>();
    numbers.forEach((key, n) -> {
      Written w = defined.get(key);
      w.html().ifPresent(html -> out.add(new Note(key, n, html, w.key().pos())));
    });
    defined.forEach((key, w) -> {
      if (numbers.containsKey(key) || w.html().isEmpty()) return;
      diags.warning(w.key().pos(), "note `" + key + "` is used by no verdict, so no page shows it: list it in a verdict's"
          + " `notes: [" + key + "]`, or remove it");
      out.add(new Note(key, 0, w.html().get(), w.key().pos()));
    });
    return List.copyOf(out);
  }
}
