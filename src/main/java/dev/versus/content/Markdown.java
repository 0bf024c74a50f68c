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
  private final HtmlRenderer renderer;

  public Markdown() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
        AutolinkExtension.create(), AttributesExtension.create(), new SourceExtension()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    // each heading keeps the id its text gives; Body resolves repeats, since flexmark's own numbering
    // gives `# Header`, `# Header 1`, `# Header` two elements with the id header-1
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, false);
    options.set(TablesExtension.CLASS_NAME, "md-table");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** Converts a Markdown body to HTML; author links carry their source position as attributes. */
  public String toHtml(String markdown, int firstLine) {
    return toHtml("", markdown, firstLine, null);
  }

  /**
   * Converts the body of {@code file}; problems found while rendering (raw HTML that never closes) go
   * to {@code diags}, at their position in the file.
   */
  public String toHtml(String file, String markdown, int firstLine, dev.versus.diag.Diagnostics diags) {
    com.vladsch.flexmark.util.ast.Document doc = parser.parse(markdown);
    // the first body line's number in the whole file, read back by the position provider
    doc.set(SourceExtension.FIRST_LINE, firstLine);
    doc.set(SourceExtension.FILE, file);
    doc.set(SourceExtension.DIAGS, diags);
    return renderer.render(doc);
  }
}
