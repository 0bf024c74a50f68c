package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.SiteLinks;
import dev.versus.TestSites;
import dev.versus.render.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the three-subject fixture with its PDF and reads the PDF back with PDFBox. */
class GuidePdfTest {
  @TempDir
  static Path tmp;
  static PrintedGuide guide;
  static Path out;
  static PdfFile pdf;
  static Document print;

  @BeforeAll
  static void build() {
    out = tmp.resolve("site");
    guide = PrintedGuide.build(TestSites.fixture("three", tmp), out, Paper.A4);
    pdf = guide.pdf();
    print = guide.print();
  }

  @AfterAll
  static void close() {
    guide.close();
  }

  @Test
  void buildsWithoutDiagnosticsAndSaysWhatItWrote() {
    assertEquals(List.of(), guide.result().diagnostics());
    assertTrue(guide.result().stageMillis().containsKey("pdf"), guide.result().stageMillis().toString());
    List<String> notes = guide.result().notes();
    assertTrue(notes.stream().anyMatch(n -> n.matches("guide\\.pdf: \\d+ pages, A4, \\d+ KB")), notes.toString());
  }

  @Test
  void pageCountIsPlausible() {
    // cover, contents, short answer, table, criteria, subjects, two articles, questions, sources
    assertTrue(pdf.pages() >= 9 && pdf.pages() <= 16, "pages: " + pdf.pages());
    assertEquals(595, Math.round(pdf.document().getPage(0).getMediaBox().getWidth()));
    assertEquals(842, Math.round(pdf.document().getPage(0).getMediaBox().getHeight()));
  }

  @Test
  void everyCriterionAndQuestionIsInTheText() {
    String text = pdf.allText();
    for (String s : List.of("Caffeine", "How much does it wake you up?", "Sweetness", "Is it sweet without sugar?",
        "Price", "What does a cup cost?", "Which drink wakes me up fastest?", "Which is cheapest?",
        "The survey finds decaf common.", "Coffee leads; see sweetness", "The Drinks Almanac", "https://example.org/survey")) {
      assertTrue(text.contains(s), s);
    }
  }

  @Test
  void contentsPageNumbersAreWhereTheHeadingsArePrinted() {
    assertEquals(List.of(), PrintChecks.tocMatchesHeadings(pdf, PrintChecks.toc(print)));
  }

  @Test
  void outlineHasOneEntryPerSectionNestedLikeTheContents() {
    List<PrintChecks.Toc> toc = PrintChecks.toc(print);
    assertEquals(List.of("The short answer", "Comparison table", "Criteria", "Subjects", "Articles",
        "Questions and answers", "Evidence", "Sources"), toc.stream().map(PrintChecks.Toc::title).toList());
    assertEquals(List.of(), PrintChecks.outlineMirrorsToc(pdf, toc));
    assertEquals(3 + 3 + 2 + 2, pdf.outline().stream().mapToInt(e -> e.children().size()).sum());
  }

  @Test
  void outlineEntriesOpenThePagesTheContentsGive() {
    List<PrintChecks.Toc> entries = PrintChecks.flat(PrintChecks.toc(print));
    var numbers = PrintChecks.printedNumbers(pdf, entries, new int[1]);
    List<PdfFile.Entry> outline = new java.util.ArrayList<>();
    for (PdfFile.Entry e : pdf.outline()) {
      outline.add(e);
      outline.addAll(e.children());
    }
    for (int i = 0; i < entries.size(); i++) {
      assertEquals(numbers.get(entries.get(i).href()), outline.get(i).page(), entries.get(i).title());
    }
  }

  @Test
  void everyFontIsEmbedded() {
    List<PdfFile.Font> fonts = pdf.fonts();
    assertFalse(fonts.isEmpty());
    assertEquals(List.of(), fonts.stream().filter(f -> !f.embedded()).toList());
    assertTrue(fonts.stream().anyMatch(f -> f.name().contains("DejaVuSerif")), fonts.toString());
  }

  @Test
  void tableRowsAreNeverSplitAndEachPageHasTheHeaderRow() {
    assertEquals(List.of(), PrintChecks.tableRowsWhole(pdf, print, guide.page("#comparison"), guide.page("#criteria") - 1));
  }

  @Test
  void documentPropertiesComeFromTheGuide() {
    PDDocumentInformation info = pdf.document().getDocumentInformation();
    assertEquals("Tea vs Coffee vs Cocoa", info.getTitle());
    assertEquals("Fixture Author", info.getAuthor());
    assertTrue(info.getSubject().startsWith("A small three-subject fixture guide"), info.getSubject());
    assertEquals("Tea, Coffee, Cocoa, Caffeine, Sweetness, Price", info.getKeywords());
  }

  @Test
  void internalLinksPrintThePageTheyLeadTo() {
    // "caffeine" in the morning article leads to the Caffeine criterion
    assertTrue(pdf.allText().contains("For a fast start, caffeine (see p. " + guide.page("#criterion-caffeine") + ") matters most"),
        pdf.allText());
  }

  @Test
  void homeAndPrintViewLinkThePdf() throws Exception {
    assertTrue(Files.size(out.resolve("guide.pdf")) > 10_000);
    Document home = SiteLinks.parse(out.resolve("index.html"));
    assertEquals("/drinks/guide.pdf", home.selectFirst(".print-links a[href$=.pdf]").attr("href"));
    assertEquals("/drinks/guide.pdf", print.selectFirst(".download a").attr("href"));
    assertEquals(List.of(), SiteLinks.broken(out, "/drinks/"));
  }

  @Test
  void letterPaperGivesLetterPages() {
    try (PrintedGuide letter = PrintedGuide.build(tmp.resolve("three"), tmp.resolve("letter"), Paper.LETTER)) {
      assertFalse(letter.result().hasErrors(), letter.result().diagnostics().toString());
      assertEquals(612, Math.round(letter.pdf().document().getPage(0).getMediaBox().getWidth()));
      assertEquals(792, Math.round(letter.pdf().document().getPage(0).getMediaBox().getHeight()));
      assertEquals(List.of(), PrintChecks.tocMatchesHeadings(letter.pdf(), PrintChecks.toc(letter.print())));
      assertTrue(letter.print().selectFirst("style").data().contains("size: letter;"));
    }
  }
}
