package dev.versus.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * A PDF read back with PDFBox for assertions: the text of each page's body (the running header
 * and footer in the page margins left out), the outline, the fonts. Pages are numbered from 1.
 */
final class PdfFile implements AutoCloseable {
  /** An outline entry: its title, the page it opens, and its children. */
  record Entry(String title, int page, List<Entry> children) {}

  /** A used font: its name and whether its program is embedded. */
  record Font(String name, boolean embedded) {}

  // the print stylesheet's page margins are 22 mm at the top and 20 mm at the bottom
  private static final float TOP = 60;
  private static final float BOTTOM = 54;

  private final PDDocument doc;
  private final List<String> bodies = new ArrayList<>();

  PdfFile(Path file) {
    try {
      doc = Loader.loadPDF(file.toFile());
      for (PDPage page : doc.getPages()) {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        stripper.addRegion("body", new Rectangle2D.Float(0, TOP, w, h - TOP - BOTTOM));
        stripper.extractRegions(page);
        bodies.add(stripper.getTextForRegion("body"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDDocument document() {
    return doc;
  }

  int pages() {
    return doc.getNumberOfPages();
  }

  /** The body text of {@code page}, whitespace collapsed to single spaces. */
  String text(int page) {
    return bodies.get(page - 1).replaceAll("\\s+", " ").strip();
  }

  /** The body text of every page, collapsed. */
  String allText() {
    StringBuilder sb = new StringBuilder();
    for (int p = 1; p <= pages(); p++) sb.append(text(p)).append(' ');
    return sb.toString();
  }

  /** The lines of {@code page}'s body, each stripped. */
  List<String> lines(int page) {
    return Arrays.stream(bodies.get(page - 1).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Whether {@code page} has {@code title} as a line of its own, or as consecutive lines (a wrapped heading). */
  boolean hasHeading(int page, String title) {
    List<String> lines = lines(page);
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder joined = new StringBuilder(lines.get(i));
      for (int j = i + 1; joined.length() < title.length() && j < lines.size(); j++) joined.append(' ').append(lines.get(j));
      if (joined.toString().equals(title)) return true;
    }
    return false;
  }

  List<Entry> outline() {
    var outline = doc.getDocumentCatalog().getDocumentOutline();
    return outline == null ? List.of() : entries(outline);
  }

  private List<Entry> entries(PDOutlineNode node) {
    List<Entry> out = new ArrayList<>();
    for (PDOutlineItem item : node.children()) {
      try {
        PDPage page = item.findDestinationPage(doc);
        out.add(new Entry(item.getTitle(), page == null ? 0 : doc.getPages().indexOf(page) + 1, entries(item)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Every font the pages use, directly or in their form XObjects. */
  List<Font> fonts() {
    List<Font> out = new ArrayList<>();
    for (PDPage page : doc.getPages()) collect(page.getResources(), out);
    return out.stream().distinct().toList();
  }

  private static void collect(PDResources res, List<Font> out) {
    if (res == null) return;
    try {
      for (COSName name : res.getFontNames()) {
        PDFont f = res.getFont(name);
        out.add(new Font(f.getName(), f.isEmbedded()));
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

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
