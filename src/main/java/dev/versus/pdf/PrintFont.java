package dev.versus.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font file of the theme's {@code print-fonts/} folder and the family, weight and style it
 * declares itself, so the print stylesheet can name it like any installed font.
 */
record PrintFont(Path file, String family, int weight, boolean italic) {
  static final String FOLDER = "print-fonts";

  /** The fonts of the first {@code print-fonts/} folder along the theme chain (a theme replaces the set). */
  static List<PrintFont> of(List<Path> themeRoots) {
    Optional<Path> dir = themeRoots.stream().map(r -> r.resolve(FOLDER)).filter(Files::isDirectory).findFirst();
    if (dir.isEmpty()) return List.of();
    List<PrintFont> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir.get())) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".ttf") && !name.endsWith(".otf")) continue;
        try {
          out.add(read(p));
        } catch (IOException e) {
          throw new UncheckedIOException(new IOException(p + ": " + e.getMessage(), e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Reads the names table and the style bits; the glyphs are only read when the PDF uses the font. */
  static PrintFont read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      String family = ttf.getNaming() == null ? null : ttf.getNaming().getFontFamily();
      if (family == null) throw new IOException("no family name in " + file);
      int weight = ttf.getOS2Windows() == null ? 400 : ttf.getOS2Windows().getWeightClass();
      // macStyle bit 1 is italic (OpenType 'head' table)
      boolean italic = (ttf.getHeader().getMacStyle() & 2) != 0;
      return new PrintFont(file, family, weight, italic);
    }
  }
}
