package dev.versus.render;

import dev.versus.render.page.Printed;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * {@link PrintBody#print}'s edits made on the text of a body that Jsoup serialized ({@link LinkAttrs#all}),
 * tag by tag, without building a DOM: ids and in-page links get the section's prefix, links to the site
 * become in-document links (class {@code xref}), links off the site get a numbered note after them, and
 * headings move down {@code shift} levels. Every tag it leaves alone is copied byte for byte; one it edits
 * is written as Jsoup writes it, so the bytes are those of the Jsoup path. One instance prints one body.
 */
final class PrintText {
  private final PrintBody owner;
  private final String html;
  private final List<LinkAttrs.Tag> tags;
  private final String prefix;
  private final int shift;

  PrintText(PrintBody owner, String html, List<LinkAttrs.Tag> tags, String prefix, int shift) {
    this.owner = owner;
    this.html = html;
    this.tags = tags;
    this.prefix = LinkAttrs.escape(prefix);
    this.shift = shift;
  }

  /** The print form, or null when the body holds something this path does not follow (a link inside a link). */
  Printed.Text print() {
    // checked before any note is numbered, so that the Jsoup path numbers them afresh
    for (int k = 0; k < tags.size(); k++) {
      if (tags.get(k).name().equals("a") && tags.get(k).has("href") && closeOf(k) < 0) return null;
    }
    StringBuilder out = new StringBuilder(html.length() + 256);
    List<Printed.Note> added = new ArrayList<>();
    Map<Integer, String> after = new HashMap<>();
    int done = 0;
    for (int k = 0; k < tags.size(); k++) {
      LinkAttrs.Tag t = tags.get(k);
      out.append(html, done, t.start());
      done = t.end();
      String name = t.name();
      boolean end = name.startsWith("/");
      boolean heading = isHeading(end ? name.substring(1) : name);
      boolean edited = heading;
      if (heading) {
        String level = "h" + Math.min(6, name.charAt(name.length() - 1) - '0' + shift);
        t = new LinkAttrs.Tag(t.start(), t.end(), end ? "/" + level : level, t.attrs());
      }
      if (end) {
        out.append(heading ? "</" + t.name().substring(1) + ">" : html.substring(t.start(), t.end()));
        String sup = after.remove(k);
        if (sup != null) out.append(sup);
        continue;
      }
      String id = t.attr("id");
      if (id != null) {
        t.set("id", prefix + id);
        edited = true;
      }
      if (name.equals("a") && t.has("href")) {
        edited |= link(t, closeOf(k), added, after);
      }
      if (edited) {
        t.appendTo(out, LinkAttrs.selfClosing(html, t));
      } else {
        out.append(html, t.start(), t.end());
      }
    }
    out.append(html, done, html.length());
    return new Printed.Text(new SafeString(out.toString()), added);
  }

  /** Edits link {@code a}, whose end tag is tags[{@code close}]; true when it changed. */
  private boolean link(LinkAttrs.Tag a, int close, List<Printed.Note> added, Map<Integer, String> after) {
    String written = a.attr("href");
    if (written.startsWith("#")) {
      a.set("href", "#" + prefix + written.substring(1));
      return true;
    }
    String href = Parser.unescapeEntities(written, true);
    String base = owner.urls().basePath();
    if (href.startsWith(base)) {
      var anchor = owner.internal(href.substring(base.length()));
      if (anchor.isPresent()) {
        a.set("href", LinkAttrs.escape("#" + anchor.get()));
        a.set("class", LinkAttrs.escape(withClass(a.has("class") ? Parser.unescapeEntities(a.attr("class"), true) : "")));
        a.remove("rel");
      } else {
        note(a, close, owner.urls().absolute(href.substring(base.length())), added, after);
      }
      return true;
    }
    if (!PrintBody.offSite(href)) return false;
    note(a, close, href, added, after);
    return true;
  }

  private void note(LinkAttrs.Tag a, int close, String url, List<Printed.Note> added, Map<Integer, String> after) {
    a.set("href", LinkAttrs.escape(url));
    String inner = html.substring(a.end(), tags.get(close).start());
    String text = inner.indexOf('<') < 0 && inner.indexOf('&') < 0 && !hasSpace(inner) ? inner
        : Jsoup.parseBodyFragment(inner).body().text();
    if (!PrintBody.needsNote(text, url)) return;
    int n = owner.nextNote();
    after.put(close, "<sup class=\"note-ref\"><a href=\"#note-" + n + "\">" + n + "</a></sup>");
    added.add(new Printed.Note(n, url, "note-" + n));
  }

  /** Jsoup's {@code addClass("xref")}: the class names split on whitespace, without repeats, joined by one space. */
  private static String withClass(String classes) {
    if (classes.isEmpty()) return "xref";
    Set<String> names = new LinkedHashSet<>(List.of(classes.trim().split("\\s+")));
    names.remove("");
    names.add("xref");
    return String.join(" ", names);
  }

  /** The index of the end tag of the link at tags[{@code open}], or -1 when another link starts first. */
  private int closeOf(int open) {
    for (int k = open + 1; k < tags.size(); k++) {
      String name = tags.get(k).name();
      if (name.equals("/a")) return k;
      if (name.equals("a")) return -1;
    }
    return -1;
  }

  private static boolean isHeading(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) return true;
    return false;
  }
}
