package dev.versus.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser with its time bounded on one huge paragraph (round 8's tester: 335 KB of
 * emphasis and links in one paragraph took 8 s, 5 MB more than 10 minutes). Three changes, the first two giving the
 * same nodes as flexmark's own code:
 * <ul>
 *   <li>{@link #processDelimiters}: at each link, flexmark processes the emphasis inside it and, when there is
 *   none, walks the whole stack of the paragraph's unmatched {@code *} and {@code _} to find that out: time the
 *   links times the marks. Nothing above the stack bottom means nothing to do.</li>
 *   <li>{@link #match} and {@link #matchWithGroups}: flexmark reads a match through {@code Matcher.toMatchResult()},
 *   which up to Java 19 copies the whole paragraph into a String on every link, entity or tag (JDK-8132995, fixed
 *   in 20): time the links times the paragraph on Java 17. The matcher's own {@code start} and {@code end} copy
 *   nothing.</li>
 *   <li>{@link #parseBackticks}: each run of backticks looks ahead to the end of the paragraph for a run as long to
 *   close it, so a paragraph of openers that never close ({@code \``} repeated) took 72 s at 100 KB. Once a run of
 *   some length found no closer, none after it will (the runs it would see are among those already seen), so such
 *   a run is text at once, as cmark remembers it (its {@code scanned_for_backticks}).</li>
 *   <li>A backstop for what else may grow faster than the text (cmark and md4c fixed a dozen such inputs, each
 *   found by fuzzing): an inline run (a paragraph or a heading; a table row is parsed on its own) of more than
 *   {@link #MAX_RUN} characters is not parsed, kept as one text node, and listed under {@link #LONG_RUNS} for
 *   {@link Markdown#render} to report. flexmark's author advises bounding the input's size for the same reason
 *   (flexmark-java issue 228).</li>
 * </ul>
 */
final class BoundedInlineParser extends CommonmarkInlineParser {
  /**
   * The most characters of one inline run: 90 times the longest paragraph of the Django vs Flask guide (1,110
   * characters), about 15,000 words, so that a generated body written without blank lines still builds (a test
   * guide's 60,566-character paragraphs did). The inputs still slower than linear after the changes above (unclosed
   * links {@code [ (](} and emphasis runs {@code a***}) take 11 s and 4 s at this length in a cold build
   * (docs/performance.md, round 9): bounded, where they had no bound.
   */
  static final int MAX_RUN = 100_000;

  /** The runs left unparsed for their length: each one's block (a paragraph or a heading), in the order met. */
  static final NullableDataKey<List<Node>> LONG_RUNS = new NullableDataKey<>("VERSUS_LONG_RUNS");

  /** Per length of a backtick run, the offset from which no run that long closes it; reset with each run of text. */
  private final java.util.HashMap<Integer, Integer> noCloserFrom = new java.util.HashMap<>();

  /** The most characters of one inline run this parser parses: {@link #MAX_RUN}, or more in a test of the speed-ups. */
  private final int maxRun;

  private BoundedInlineParser(int maxRun, DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    this.maxRun = maxRun;
  }

  /** Makes {@code builder}'s parsers parse inline Markdown with this parser, in runs of up to {@code maxRun} characters. */
  static void install(com.vladsch.flexmark.parser.Parser.Builder builder, int maxRun) {
    builder.customInlineParserFactory((options, special, delimiters, processors, linkRefs, extensions) ->
        new BoundedInlineParser(maxRun, options, special, delimiters, processors, linkRefs, extensions));
    // flexmark reads reference definitions ([r]: /url) with its own inline parser only: given another, it leaves
    // that step out, so it is named here again (the inline parser is what reads them)
    builder.paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory());
  }

  @Override
  public void parse(BasedSequence content, Node block) {
    noCloserFrom.clear();
    if (content.length() <= maxRun) {
      super.parse(content, block);
      return;
    }
    // a table row (parsed with its pipes as custom characters) that long gets no separators back: flexmark then
    // ends the table before it, and the rest of the paragraph, at least as long, comes here and is listed
    if (customCharacters == null) {
      List<Node> runs = LONG_RUNS.get(document);
      if (runs == null) document.set(LONG_RUNS, runs = new java.util.ArrayList<>());
      runs.add(block);
      block.appendChild(new Text(content.trim()));
    }
  }

  @Override
  protected boolean parseBackticks() {
    int start = index;
    int after = start;
    while (after < input.length() && input.charAt(after) == '`') after++;
    int ticks = after - start;
    Integer none = noCloserFrom.get(ticks);
    if (none != null && none <= after) {
      index = after;
      appendText(input.subSequence(start, after));
      return true;
    }
    boolean parsed = super.parseBackticks();
    // flexmark leaves the index right after the opening run when no run closes it, and appends the run as text
    if (index == after) noCloserFrom.merge(ticks, after, Math::min);
    return parsed;
  }

  @Override
  public void processDelimiters(Delimiter stackBottom) {
    // flexmark's own loop walks down from the top looking for the delimiter just above stackBottom; when the top
    // is stackBottom it walks to the bottom of the stack, finds none, and removes nothing
    if (lastDelimiter == stackBottom) return;
    super.processDelimiters(stackBottom);
  }

  @Override
  public BasedSequence match(Pattern re) {
    if (index >= input.length()) return null;
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) return null;
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    if (index >= input.length()) return null;
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) return null;
    index = matcher.end();
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      // an unmatched group starts at -1, where flexmark's copy gave a null group
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }
}
