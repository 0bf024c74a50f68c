package dev.versus.pdf;

import dev.versus.SiteLinks;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.render.Paper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;

/** A guide built with its PDF: the build's result, the PDF read back, and the print view it was made from. */
record PrintedGuide(Path out, BuildResult result, PdfFile pdf, Document print) implements AutoCloseable {

  static PrintedGuide build(Path source, Path out, Paper paper) {
    BuildResult r = new Build().run(new BuildOptions(source, out, Optional.empty(), false, Optional.empty(), Optional.of(paper)), true);
    return new PrintedGuide(out, r, new PdfFile(out.resolve("guide.pdf")), SiteLinks.parse(out.resolve("print/index.html")));
  }

  /** The page the printed contents give the section at {@code href} ("#criteria"). */
  int page(String href) {
    Map<String, Integer> numbers = PrintChecks.printedNumbers(pdf, PrintChecks.flat(PrintChecks.toc(print)), new int[1]);
    return numbers.get(href);
  }

  @Override
  public void close() {
    pdf.close();
  }
}
