package dev.versus.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import dev.versus.diag.Diagnostics;
import dev.versus.web.Output;
import dev.versus.web.PageKind;
import dev.versus.web.Routes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes {@code guide.pdf} from the print view with openhtmltopdf: the theme's fonts embedded
 * (subset), an outline mirroring the table of contents, and the title, author, subject and
 * keywords of the print view's head as document properties. Thread-safe; one instance per theme.
 */
public final class PdfMaker {
  /** openhtmltopdf logs to stderr through a global logger by default; problems reach Diagnostics instead. */
  private static final XRLogger QUIET = new XRLogger() {
    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
      return false;
    }
  };

  private final List<Path> themeRoots;
  private final Supplier<Map<String, Path>> staticFiles;

  /**
   * A maker for one theme, given as its folders and its static files rather than the render stage's
   * {@code Theme}, so the PDF stage stands on the route table and the model, not on render.
   *
   * @param themeRoots the theme chain's folders in lookup order; the fonts come from the first with a
   *     {@code print-fonts/} folder
   * @param staticFiles the theme's static files by site path ({@code /css/print.css}), asked again at
   *     each conversion so a preview server sees a theme edited while it runs
   */
  public PdfMaker(List<Path> themeRoots, Supplier<Map<String, Path>> staticFiles) {
    this.themeRoots = List.copyOf(themeRoots);
    this.staticFiles = staticFiles;
    XRLog.setLoggerImpl(QUIET);
  }

  /**
   * The print stylesheet the PDF was made with: the guide's own {@code static/css/print.css}, which the site publishes
   * over the theme's, else the theme chain's.
   */
  private Optional<Path> printCss() {
    Path own = themeRoots.get(0).resolve("static/css/print.css");
    return Files.isRegularFile(own) ? Optional.of(own) : Optional.ofNullable(staticFiles.get().get("/css/print.css"));
  }

  /**
   * Converts an already rendered print view ({@link Routes#PRINT_FILE} of a site served at {@code baseUrl}).
   * The stylesheet and images are taken from {@code outputs} (a build's outputs), else from the theme's
   * static files: with no outputs, only the guide's own images are missing. Empty when something
   * failed, said in {@code diags}.
   */
  public Optional<Pdf> convert(String printHtml, String baseUrl, List<Output> outputs, Diagnostics diags) {
    return convert(printHtml, baseUrl, outputs, Optional.empty(), diags);
  }

  /**
   * Converts an already rendered print view; characters no print font has are warnings at the lines
   * of the guide in {@code source} that write them ({@link MissingGlyphs}), else at the print view.
   */
  public Optional<Pdf> convert(String printHtml, String baseUrl, List<Output> outputs, Optional<Path> source,
      Diagnostics diags) {
    String documentUrl = baseUrl + PageKind.PRINT.route();
    SiteFiles files = new SiteFiles(baseUrl, outputs, staticFiles.get());
    List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .withW3cDocument(PdfDom.of(printHtml, documentUrl), documentUrl)
        .useProtocolsStreamImplementation(files, "http", "https", "file", "ftp", "jar")
        .withProducer("Versus (openhtmltopdf)")
        .withDiagnosticConsumer(d -> {
          if (d.getLevel().intValue() >= Level.WARNING.intValue()) problems.add(d.getFormattedMessage());
        });
    List<PrintFont> fonts = fonts(diags);
    for (PrintFont f : fonts) {
      builder.useFont(() -> open(f), f.family(), f.weight(), f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pages;
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument doc = renderer.createPDFKeepOpen()) {
      pages = doc.getNumberOfPages();
      doc.save(out);
      // after saving: the theme's fonts are embedded (subset) only then
      FontCheck.report(FontCheck.unembedded(doc), printCss(), themeRoots.get(0),
          fonts.stream().map(PrintFont::family).distinct().toList(), diags);
    } catch (IOException | RuntimeException e) {
      diags.error(Routes.PRINT_FILE, 0, 0, "cannot make the PDF: " + e);
      return Optional.empty();
    }
    for (String url : files.missing()) {
      diags.warning(Routes.PRINT_FILE, 0, 0, "the PDF leaves out " + url + ": only files of the site itself are read");
    }
    problems.stream().distinct().forEach(p -> diags.warning(Routes.PRINT_FILE, 0, 0, "PDF: " + p));
    if (!fonts.isEmpty()) {
      try {
        MissingGlyphs.report(MissingGlyphs.of(printHtml, fonts), source, Routes.PRINT_FILE, diags);
      } catch (UncheckedIOException e) {
        diags.warning(PrintFont.FOLDER, 0, 0, "cannot read the print fonts' character maps: " + e.getCause().getMessage());
      }
    }
    return Optional.of(new Pdf(out.toByteArray(), pages));
  }

  private List<PrintFont> fonts(Diagnostics diags) {
    List<PrintFont> fonts = new ArrayList<>();
    try {
      fonts.addAll(PrintFont.of(themeRoots));
    } catch (UncheckedIOException e) {
      diags.warning(PrintFont.FOLDER, 0, 0, "cannot read the print fonts: " + e.getCause().getMessage());
    }
    if (fonts.isEmpty()) {
      diags.warning(PrintFont.FOLDER, 0, 0, "no fonts in the theme's " + PrintFont.FOLDER
          + "/ folder: the PDF uses the standard PDF fonts, which are not embedded and lack symbols such as ● and ⚠");
    }
    return fonts;
  }

  private static java.io.InputStream open(PrintFont f) {
    try {
      return Files.newInputStream(f.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
