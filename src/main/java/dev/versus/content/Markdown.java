package dev.versus.content;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * flexmark's parser and renderer, configured once and shared: both are thread-safe, so
 * files are converted in parallel without rebuilding them per file (JBake's mistake).
 */
public final class Markdown {
  /** Marks each author link with its source line and column so later stages can report positions. */
  public static final String LINE_ATTR = "data-src-line";
  public static final String COLUMN_ATTR = "data-src-col";

  private final Parser parser;
  /** The same parser without the autolink extension, for bodies it cannot change. */
  private final Parser withoutAutolinks;
  private final HtmlRenderer renderer;

  public Markdown() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
        AutolinkExtension.create(), AttributesExtension.create(), new SourceExtension()));
    // CommonMark's `<my logo.svg>` destination; flexmark parses it only with spaces allowed in link URLs
    options.set(Parser.SPACE_IN_LINK_URLS, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
    options.set(TablesExtension.CLASS_NAME, "md-table");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    MutableDataSet plain = new MutableDataSet(options);
    plain.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
        AttributesExtension.create(), new SourceExtension()));
    this.withoutAutolinks = Parser.builder(plain).build();
  }

  /**
   * Whether the autolink extension could find anything in {@code markdown}: it links only text with
   * {@code ://} (URLs), {@code @} (e-mail addresses) or {@code www.}. Its pass over every text node
   * is a tenth of the parse, wasted on the many bodies with none of them.
   */
  static boolean mayHaveAutolinks(String markdown) {
    if (markdown.contains("://") || markdown.indexOf('@') >= 0) return true;
    for (int i = markdown.indexOf('.'); i >= 3; i = markdown.indexOf('.', i + 1)) {
      if (markdown.regionMatches(true, i - 3, "www", 0, 3)) return true;
    }
    return false;
  }

  /** HTML rendered from a body, and the claim blocks that ended its passages (see {@link ClaimScan}). */
  public record Rendered(String html, java.util.List<ClaimMark> claims) {}

  /**
   * Converts the body of {@code path} to HTML, taking the claim blocks off the ends of its passages:
   * each passage with claims carries their ids in {@link #CLAIM_ATTR}, read back by {@link Body#of}.
   * A block that cannot be read is an error in {@code diags}.
   */
  public Rendered render(String path, String markdown, int firstLine, dev.versus.diag.Diagnostics diags) {
    Parser p = mayHaveAutolinks(markdown) ? parser : withoutAutolinks;
    com.vladsch.flexmark.util.ast.Document doc = p.parse(markdown);
    List<ClaimMark> claims = List.of();
    // most bodies have no claim: they are parsed once
    if (markdown.contains("{claim=")) {
      ClaimScan.Result scan = ClaimScan.of(path, markdown, firstLine, doc, diags);
      if (!scan.claims().isEmpty()) {
        doc = p.parse(scan.blanked());
        doc.set(SourceExtension.PASSAGES, scan.idsByPassage());
        claims = scan.claims();
      }
    }
    doc.set(SourceExtension.FIRST_LINE, firstLine);
    return new Rendered(renderer.render(doc), claims);
  }

  /** Marks a passage that claims back with the ids of its claims, comma-separated. */
  public static final String CLAIM_ATTR = "data-vs-claim";

  /** Converts a Markdown body to HTML; author links carry their source position as attributes. */
  public String toHtml(String markdown, int firstLine) {
    return toHtml(markdown, firstLine, mayHaveAutolinks(markdown));
  }

  /** {@link #toHtml(String, int)} with the autolink extension on or off. */
  String toHtml(String markdown, int firstLine, boolean autolinks) {
    com.vladsch.flexmark.util.ast.Document doc = (autolinks ? parser : withoutAutolinks).parse(markdown);
    // the first body line's number in the whole file, read back by the position provider
    doc.set(SourceExtension.FIRST_LINE, firstLine);
    return renderer.render(doc);
  }
}
