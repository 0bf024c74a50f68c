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
  /** The {@code line:column} of a raw HTML element whose mend the whole body decides (see Repairs), removed there. */
  public static final String AT_ATTR = "data-vs-at";
  /**
   * Quote and list markers one line may open: far beyond any real document, and well below the
   * depth where flexmark's recursive walks overflow the stack (about 400) or slow down (lists nest
   * in quadratic time), so such input is refused at once, deterministically.
   */
  static final int MAX_MARKERS = 100;

  /** The extensions a body's syntax may need (bits of {@link #syntaxIn}); tables and ours are always on. */
  static final int AUTOLINKS = 1, FOOTNOTES = 2, STRIKETHROUGH = 4, ATTRIBUTES = 8, EVERY_SYNTAX = 15;

  private final MutableDataSet options;
  /** A parser per set of extensions, made when a body first needs that set: at most 16, most guides use two or three. */
  private final java.util.concurrent.ConcurrentHashMap<Integer, Parser> parsers = new java.util.concurrent.ConcurrentHashMap<>();
  private final HtmlRenderer renderer;
  /** Whether code blocks and text go past flexmark's line writer ({@link SplicedHtml}); off only to test that they may. */
  private final boolean splice;

  public Markdown() {
    this(true);
  }

  /** A converter that writes all of a body through flexmark's line writer unless {@code splice}. */
  Markdown(boolean splice) {
    this.splice = splice;
    options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, extensions(EVERY_SYNTAX));
    // CommonMark's `<my logo.svg>` destination; flexmark parses it only with spaces allowed in link URLs
    options.set(Parser.SPACE_IN_LINK_URLS, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    // each heading keeps the id its text gives; Body resolves repeats, since flexmark's own numbering
    // gives `# Header`, `# Header 1`, `# Header` two elements with the id header-1
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, false);
    options.set(TablesExtension.CLASS_NAME, "md-table");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    // the renderer knows every extension's nodes; a parser without an extension just makes none of them
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** The extensions for the syntax bits {@code syntax}, in one fixed order. */
  private static List<com.vladsch.flexmark.util.misc.Extension> extensions(int syntax) {
    List<com.vladsch.flexmark.util.misc.Extension> list = new java.util.ArrayList<>();
    list.add(TablesExtension.create());
    if ((syntax & FOOTNOTES) != 0) list.add(FootnoteExtension.create());
    if ((syntax & STRIKETHROUGH) != 0) list.add(StrikethroughExtension.create());
    if ((syntax & AUTOLINKS) != 0) list.add(AutolinkExtension.create());
    if ((syntax & ATTRIBUTES) != 0) list.add(AttributesExtension.create());
    list.add(new SourceExtension());
    return list;
  }

  /** The parser with the extensions of {@code syntax} (bits of {@link #syntaxIn}). */
  private Parser parser(int syntax) {
    return parsers.computeIfAbsent(syntax, bits -> {
      MutableDataSet some = new MutableDataSet(options);
      some.set(Parser.EXTENSIONS, extensions(bits));
      return Parser.builder(some).build();
    });
  }

  /**
   * The extensions {@code markdown} may need, as bits: each optional extension only acts on text that holds its
   * opening characters, footnotes {@code [^}, strikethrough {@code ~}, attributes <code>{</code>, autolinks
   * what {@link #mayHaveAutolinks} looks for. A body without them is parsed without those extensions and gets
   * the same HTML: each one adds a pass or a check at every character of every body (about 8% of flexmark's
   * parse and render of the outside corpus's articles, which have none of footnotes, strikethrough and, in
   * most, attributes).
   */
  static int syntaxIn(String markdown) {
    int syntax = mayHaveAutolinks(markdown) ? AUTOLINKS : 0;
    if (markdown.contains("[^")) syntax |= FOOTNOTES;
    if (markdown.indexOf('~') >= 0) syntax |= STRIKETHROUGH;
    if (markdown.indexOf('{') >= 0) syntax |= ATTRIBUTES;
    return syntax;
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

  /**
   * HTML rendered from a body, the claim blocks that ended its passages (see {@link ClaimScan}), and
   * what in its raw HTML could run script ({@link ActiveHtml}), in the order written.
   */
  public record Rendered(String html, java.util.List<ClaimMark> claims, java.util.List<ActiveHtml> active) {}

  /** Marks a passage that claims back with the ids of its claims, comma-separated. */
  public static final String CLAIM_ATTR = "data-vs-claim";

  /**
   * Converts the body of {@code file}, which starts at line {@code firstLine}, to HTML, taking the claim
   * blocks off the ends of its passages: each passage with claims carries their ids in {@link #CLAIM_ATTR},
   * read back by {@link Body#of}. A claim block that cannot be read or does not end its passage (it is then
   * left out, never published as attributes), and raw HTML that never closes, are problems in {@code diags}. Empty, after an error, when the body nests so deeply (thousands of quotes,
   * lists or emphasis levels) that flexmark's recursive tree walks run out of stack; the error names the
   * line that opens the most levels, when one line does.
   */
  public java.util.Optional<Rendered> render(String file, String markdown, int firstLine, dev.versus.diag.Diagnostics diags) {
    return render(file, markdown, firstLine, 0, diags);
  }

  /**
   * {@link #render(String, String, int, dev.versus.diag.Diagnostics)} of a body shown below a heading of level
   * {@code top} (1 to 6; 0: a body shown under no heading of its own, whose headings are not checked): a heading that
   * skips a level is lowered, with a warning ({@link HeadingOrder}).
   */
  java.util.Optional<Rendered> render(String file, String markdown, int firstLine, int top, dev.versus.diag.Diagnostics diags) {
    int[] deepest = Nesting.deepestLine(markdown);
    if (deepest[1] > MAX_MARKERS) return tooDeep(file, firstLine, deepest, diags);
    try {
      Parser p = parser(syntaxIn(markdown));
      com.vladsch.flexmark.util.ast.Document doc = p.parse(markdown);
      if (BoundedInlineParser.LONG_RUNS.get(doc) != null) return tooLong(file, firstLine, doc, diags);
      List<ClaimMark> claims = List.of();
      // most bodies have no claim: they are parsed once
      if (markdown.contains("claim=")) {
        ClaimScan.Result scan = ClaimScan.of(file, markdown, firstLine, doc, diags);
        if (!scan.claims().isEmpty()) {
          doc = p.parse(scan.blanked());
          doc.set(SourceExtension.PASSAGES, scan.idsByPassage());
          claims = scan.claims();
        }
        StrayClaims.drop(doc);
      }
      List<ActiveHtml> active = new java.util.ArrayList<>();
      doc.set(SourceExtension.ACTIVE, active);
      if (top > 0) {
        doc.set(SourceExtension.FIRST_LINE, firstLine);
        HeadingOrder.keep(doc, top, file, diags);
      }
      String html = convert(doc, markdown, file, firstLine, diags);
      return java.util.Optional.of(new Rendered(html, claims, List.copyOf(active)));
    } catch (StackOverflowError e) {
      // flexmark walks its tree recursively; the stack frames are gone once caught, nothing shared is left half-made
      return tooDeep(file, firstLine, deepest, diags);
    }
  }

  /** {@link #render}'s HTML alone. */
  public java.util.Optional<String> toHtml(String file, String markdown, int firstLine, dev.versus.diag.Diagnostics diags) {
    return render(file, markdown, firstLine, diags).map(Rendered::html);
  }

  private static <T> java.util.Optional<T> tooDeep(String file, int firstLine, int[] deepest, dev.versus.diag.Diagnostics diags) {
    diags.error(file, firstLine + deepest[0], 1, "Markdown nested too deeply to convert"
        + (deepest[1] > 0 ? " (" + deepest[1] + " quote or list markers open on this line)" : "")
        + ": block quotes, lists or emphasis nested hundreds of levels deep; flatten them to a few levels");
    return java.util.Optional.empty();
  }

  /** Empty, after an error at each paragraph or heading too long to parse its inline Markdown in bounded time. */
  private static <T> java.util.Optional<T> tooLong(String file, int firstLine, com.vladsch.flexmark.util.ast.Document doc,
      dev.versus.diag.Diagnostics diags) {
    doc.set(SourceExtension.FIRST_LINE, firstLine);
    for (com.vladsch.flexmark.util.ast.Node run : BoundedInlineParser.LONG_RUNS.get(doc)) {
      int[] pos = SourceExtension.position(run);
      String what = run instanceof com.vladsch.flexmark.ast.Heading ? "heading" : "paragraph";
      diags.error(file, pos[0], pos[1], String.format(java.util.Locale.ROOT, "this %s is %,d characters long, more than the"
          + " %,d Versus converts in one paragraph (Markdown's links and emphasis take time that grows faster than the"
          + " text); split it into paragraphs with blank lines between them", what, run.getTextLength(), BoundedInlineParser.MAX_RUN));
    }
    return java.util.Optional.empty();
  }

  /** Converts a Markdown body to HTML; author links carry their source position as attributes. */
  public String toHtml(String markdown, int firstLine) {
    return toHtml(markdown, firstLine, syntaxIn(markdown));
  }

  /** {@link #toHtml(String, int)} parsed with the extensions of {@code syntax} (bits as {@link #syntaxIn} gives). */
  String toHtml(String markdown, int firstLine, int syntax) {
    return convert(parser(syntax).parse(markdown), markdown, "", firstLine, null);
  }

  private String convert(com.vladsch.flexmark.util.ast.Document doc, String markdown, String file, int firstLine,
      dev.versus.diag.Diagnostics diags) {
    // the first body line's number in the whole file, read back by the position provider
    doc.set(SourceExtension.FIRST_LINE, firstLine);
    doc.set(SourceExtension.FILE, file);
    doc.set(SourceExtension.DIAGS, diags);
    SplicedHtml spliced = splice ? SplicedHtml.forBody(markdown) : null;
    doc.set(SplicedHtml.KEY, spliced);
    String html = renderer.render(doc);
    return spliced == null ? html : spliced.splice(html);
  }
}
