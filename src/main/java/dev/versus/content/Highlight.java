package dev.versus.content;

import com.codewaves.codehighlight.core.Highlighter;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Highlights a code block at build time with codehighlight (a Java port of highlight.js),
 * producing {@code hljs-*} spans the theme colours; SQL by {@link SqlHighlight}. Unknown languages are escaped as
 * plain text.
 */
public final class Highlight {
  // Authors write the names they know; map them to the library's language ids.
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("py", "python"), Map.entry("python3", "python"), Map.entry("python", "python"),
      Map.entry("html", "xml"), Map.entry("xml", "xml"), Map.entry("jinja", "xml"),
      Map.entry("jinja2", "xml"), Map.entry("django", "xml"), Map.entry("htmldjango", "xml"),
      Map.entry("sh", "bash"), Map.entry("bash", "bash"), Map.entry("shell", "bash"),
      Map.entry("console", "shell"), Map.entry("zsh", "bash"), Map.entry("yaml", "yaml"),
      Map.entry("yml", "yaml"), Map.entry("sql", "sql"), Map.entry("json", "json"),
      Map.entry("css", "css"), Map.entry("js", "javascript"), Map.entry("javascript", "javascript"),
      Map.entry("java", "java"), Map.entry("ini", "ini"), Map.entry("toml", "ini"),
      Map.entry("diff", "diff"), Map.entry("http", "http"), Map.entry("makefile", "makefile"));

  /** The {@code <pre><code>} block for {@code code} written in {@code lang} (may be empty). */
  public String toHtml(String code, String lang) {
    String name = lang.toLowerCase(Locale.ROOT);
    String id = ALIASES.get(name);
    String cls = name.isEmpty() ? "" : " class=\"language-" + Entities.escape(name) + "\"";
    String body = null;
    if ("sql".equals(id)) {
      body = SqlHighlight.toHtml(code); // the library's SQL grammar misses comments, strings and numbers
    } else if (id != null) {
      // A Highlighter is not thread-safe, and cheap: one per block.
      Highlighter<CharSequence> h = new Highlighter<>(n -> new HighlightHtml("hljs-"));
      Highlighter.HighlightResult<CharSequence> r = h.highlight(id, code);
      if (r != null && r.getResult() != null) body = r.getResult().toString();
    }
    if (body == null) body = Entities.escape(code);
    String label = name.isEmpty() ? "" : " data-lang=\"" + Entities.escape(name) + "\"";
    return "<pre class=\"code\"" + label + "><code" + cls + ">" + body + "</code></pre>";
  }
}
