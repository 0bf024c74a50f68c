package dev.versus.pdf;

import dev.versus.diag.Diagnostics;
import dev.versus.web.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The font problem a reader of the PDF would see: text drawn in a font the PDF does not embed (one of
 * the standard PDF fonts openhtmltopdf falls back to when a {@code font-family} names none of the
 * theme's print fonts), so viewers substitute their own and symbols go missing. Reported as a Versus
 * warning at the stylesheet line that names no print font, instead of PDFBox's log lines.
 */
final class FontCheck {
  private static final Pattern FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}]+)");

  private FontCheck() {}

  /** The names of the fonts {@code doc} draws with but does not embed, sorted. */
  static Set<String> unembedded(PDDocument doc) {
    Set<String> out = new TreeSet<>();
    for (PDPage page : doc.getPages()) collect(page.getResources(), out);
    return out;
  }

  private static void collect(PDResources res, Set<String> out) {
    if (res == null) return;
    try {
      for (COSName name : res.getFontNames()) {
        PDFont f = res.getFont(name);
        if (f != null && !f.isEmbedded()) out.add(f.getName());
      }
      for (COSName name : res.getXObjectNames()) {
        if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
          collect(form.getResources(), out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A warning for {@code fonts} drawn without embedding: at the first {@code font-family} line of
   * {@code stylesheet} that names none of {@code printFamilies}, else at the stylesheet itself; a stylesheet of the
   * guide at {@code guide} is named relative to it, as the guide's other files are, a theme's in full.
   */
  static void report(Set<String> fonts, Optional<Path> stylesheet, Path guide, List<String> printFamilies, Diagnostics diags) {
    if (fonts.isEmpty()) return;
    String file = stylesheet.map(s -> s.startsWith(guide) ? guide.relativize(s).toString().replace('\\', '/') : s.toString())
        .orElse(Routes.PRINT_FILE);
    int line = stylesheet.map(s -> lineNamingNone(s, printFamilies)).orElse(0);
    diags.warning(file, line, 0, "the PDF draws text in " + String.join(", ", fonts) + ", not embedded: viewers substitute "
        + "their own font and symbols such as ● may be missing; name one of the print fonts ("
        + String.join(", ", printFamilies) + ") in this `font-family`");
  }

  /** The 1-based line of the first {@code font-family} declaration naming none of {@code families}; 0 if none. */
  static int lineNamingNone(Path stylesheet, List<String> families) {
    Set<String> known = families.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> lines;
    try {
      lines = Files.readAllLines(stylesheet);
    } catch (IOException e) {
      return 0;
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FAMILY.matcher(lines.get(i));
      while (m.find()) {
        boolean names = false;
        for (String f : m.group(1).split(",")) {
          names |= known.contains(f.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT));
        }
        if (!names) return i + 1;
      }
    }
    return 0;
  }
}
