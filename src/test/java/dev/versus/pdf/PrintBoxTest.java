package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.render.Paper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing printed leaves the page box: a 128-character token wraps in prose, a code span, a code block
 * and a table cell (every character is on the page), and a 600x4000 image is scaled to one page.
 */
class PrintBoxTest {
  private static final String HEX = "0123456789abcdef";

  @TempDir
  static Path tmp;
  static PrintedGuide guide;

  /** A 128-character hexadecimal token that starts with {@code prefix}, unlike any other word. */
  static String token(String prefix) {
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; sb.length() < 128; i++) sb.append(HEX.charAt((i * 7 + prefix.length()) % 16));
    return sb.toString();
  }

  @BeforeAll
  static void build() throws IOException {
    Path source = TestSites.fixture("three", tmp);
    BufferedImage tall = new BufferedImage(600, 4000, BufferedImage.TYPE_INT_RGB);
    Files.createDirectories(source.resolve("static/img"));
    ImageIO.write(tall, "png", source.resolve("static/img/tall.png").toFile());
    TestSites.write(source, TestSites.article("long", "Long tokens", "2026-01-02", """
        In prose: PROSE and then some words.

        As a code span: `SPAN` inside a sentence.

        | Key | Value |
        |---|---|
        | hash | CELL |

        ```
        BLOCK
        ```

        ![A tall picture](../static/img/tall.png)
        """).replace("PROSE", token("aaaa")).replace("SPAN", token("bbbb")).replace("CELL", token("cccc"))
        .replace("BLOCK", token("dddd")));
    guide = PrintedGuide.build(source, tmp.resolve("site"), Paper.A4);
  }

  @Test
  void longTokensWrapInsteadOfLeavingThePage() {
    String text = guide.pdf().allText().replace(" ", "");
    for (String prefix : List.of("aaaa", "bbbb", "cccc", "dddd")) {
      assertTrue(text.contains(token(prefix)), "all 128 characters of the " + prefix + " token are printed");
    }
    // the cell beside the token keeps its word whole: the token breaks, not the other column
    assertTrue(guide.pdf().allText().contains("Key Value hash cccc"), guide.pdf().allText());
    assertEquals(List.of(), guide.result().diagnostics(), "no warning about the print stylesheet");
  }

  @Test
  void everyGlyphLiesInsideThePage() throws IOException {
    List<String> outside = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        float width = getCurrentPage().getMediaBox().getWidth();
        if (t.getXDirAdj() < 0 || t.getXDirAdj() + t.getWidthDirAdj() > width + 0.5f) {
          outside.add(t.getUnicode() + " at x=" + t.getXDirAdj() + " on page " + getCurrentPageNo());
        }
      }
    };
    stripper.getText(guide.pdf().document());
    assertEquals(List.of(), outside);
  }

  @Test
  void aTallImageIsScaledToOnePage() throws IOException {
    int pages = 0;
    for (PDPage page : guide.pdf().document().getPages()) {
      for (COSName name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDImageXObject img && img.getHeight() == 4000) pages++;
      }
    }
    assertEquals(1, pages, "pages showing the 600x4000 image");
  }

  @Test
  void theScaledImageKeepsItsAspectRatioInsideThePage() throws IOException {
    List<float[]> drawn = new ArrayList<>();
    for (PDPage page : guide.pdf().document().getPages()) {
      new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
        @Override
        public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
          var m = getGraphicsState().getCurrentTransformationMatrix();
          if (image.getHeight() == 4000) drawn.add(new float[] {m.getScalingFactorX(), m.getScalingFactorY(), m.getTranslateY(),
              page.getMediaBox().getHeight()});
        }

        @Override public void appendRectangle(java.awt.geom.Point2D a, java.awt.geom.Point2D b, java.awt.geom.Point2D c, java.awt.geom.Point2D d) {}
        @Override public void clip(int windingRule) {}
        @Override public void moveTo(float x, float y) {}
        @Override public void lineTo(float x, float y) {}
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
        @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
        @Override public void closePath() {}
        @Override public void endPath() {}
        @Override public void strokePath() {}
        @Override public void fillPath(int windingRule) {}
        @Override public void fillAndStrokePath(int windingRule) {}
        @Override public void shadingFill(COSName shadingName) {}
      }.processPage(page);
    }
    assertEquals(1, drawn.size());
    float[] d = drawn.get(0);
    assertEquals(600f / 4000f, d[0] / d[1], 0.01, "width / height as drawn");
    assertTrue(d[2] >= 0 && d[2] + d[1] <= d[3], "inside the page: y " + d[2] + ", height " + d[1] + ", page " + d[3]);
  }
}
