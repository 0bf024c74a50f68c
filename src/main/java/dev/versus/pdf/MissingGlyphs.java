package dev.versus.pdf;

import dev.versus.content.FrontMatter;
import dev.versus.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;

/**
 * The characters of the print view that none of the print fonts has: openhtmltopdf draws each of them
 * as "#", so {@code ## 数据库 🚀} would print as {@code ### #} without a word. Each is reported as a
 * warning at the lines of the guide that contain it (file, line, column and the characters), or at the
 * print view when only the theme writes it.
 */
final class MissingGlyphs {
  /** More lines than this are summed up in one last warning: a guide written in another script has thousands. */
  static final int MAX_LINES = 20;

  private MissingGlyphs() {}

  /** The code points of {@code printHtml}'s text that no font of {@code fonts} maps to a glyph, in order. */
  static Set<Integer> of(String printHtml, List<PrintFont> fonts) {
    Set<Integer> used = new TreeSet<>();
    Jsoup.parse(printHtml).body().text().codePoints().filter(MissingGlyphs::drawn).forEach(used::add);
    Set<Integer> missing = new TreeSet<>(used);
    for (PrintFont f : fonts) {
      try (InputStream in = Files.newInputStream(f.file());
          TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap != null) missing.removeIf(cp -> cmap.getGlyphId(cp) > 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (missing.isEmpty()) break;
    }
    return missing;
  }

  /** Whether a character is drawn at all: spaces, controls and variation selectors need no glyph. */
  private static boolean drawn(int cp) {
    int type = Character.getType(cp);
    boolean selector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && type != Character.FORMAT && !selector;
  }

  /**
   * Warns about each line of the guide in {@code source} that writes one of {@code missing}; characters
   * no file of the guide writes are reported at {@code printFile}.
   */
  static void report(Set<Integer> missing, Optional<Path> source, String printFile, Diagnostics diags) {
    if (missing.isEmpty()) return;
    Set<Integer> unplaced = new TreeSet<>(missing);
    List<String[]> lines = new ArrayList<>();
    source.ifPresent(root -> guideFiles(root).forEach(file -> {
      String[] text = FrontMatter.lineFeeds(read(file)).split("\n", -1);
      String rel = root.relativize(file).toString().replace('\\', '/');
      for (int i = 0; i < text.length; i++) {
        Set<Integer> here = new TreeSet<>();
        int column = 0;
        for (int at = 0; at < text[i].length(); at += Character.charCount(text[i].codePointAt(at))) {
          int cp = text[i].codePointAt(at);
          if (missing.contains(cp) && here.add(cp) && column == 0) column = at + 1;
        }
        if (here.isEmpty()) continue;
        unplaced.removeAll(here);
        if (lines.size() < MAX_LINES) diags.warning(rel, i + 1, column, message(here));
        lines.add(new String[] {rel});
      }
    }));
    if (lines.size() > MAX_LINES) {
      diags.warning(printFile, 0, 0, (lines.size() - MAX_LINES) + " more lines of the guide hold characters the PDF's fonts lack;"
          + " the first " + MAX_LINES + " are listed above");
    }
    if (!unplaced.isEmpty()) diags.warning(printFile, 0, 0, message(unplaced) + " (written by the theme's templates)");
  }

  static String message(Set<Integer> chars) {
    List<String> named = new ArrayList<>();
    for (int cp : chars) named.add(new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")");
    return "the PDF's fonts have no glyph for " + String.join(", ", named) + ": the PDF prints \"#\" instead; add a"
        + " font that has them to the theme's " + PrintFont.FOLDER + "/ folder and name its family in print.css"
        + " (docs/print-and-pdf.md: The PDF)";
  }

  /** The guide's text files: content, YAML and its own templates, not static files or hidden ones. */
  private static List<Path> guideFiles(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(p -> {
        String rel = root.relativize(p).toString().replace('\\', '/');
        String name = rel.toLowerCase(java.util.Locale.ROOT);
        return !rel.startsWith(".") && !rel.contains("/.") && !rel.startsWith("static/")
            && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".yaml") || name.endsWith(".yml")
                || name.endsWith(".peb"));
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // a file that is not UTF-8 has had its own error from the build already
      return "";
    }
  }
}
