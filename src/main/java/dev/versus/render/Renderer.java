package dev.versus.render;

import dev.versus.diag.Diagnostics;
import dev.versus.i18n.UiStrings;
import dev.versus.matrix.Matrix;
import dev.versus.model.Site;
import dev.versus.web.Output;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the site's pages through Pebble, in parallel (pages are independent), and lists the
 * theme's static files. Template errors become diagnostics at the template's file and line.
 */
public final class Renderer {
  private final Theme theme;
  private final UiStrings strings;
  /** What every template sees; it keeps the asset hashes, so a renderer lives only while the theme's files do not change. */
  private final Globals globals;
  /** Which templates each template reads; kept, like Pebble's compiled templates, for the renderer's life. */
  private final TemplateGraph templates;
  /** The last plan's index of links by document, reused while the site's links are the very same map. */
  private BodyHtml bodies;
  private final int sitemapUrls;
  private final PebbleEngine engine;
  private final ArticleMemo articles = new ArticleMemo();

  public Renderer(Theme theme, UiStrings strings) {
    this(theme, strings, Paper.A4, false);
  }

  /**
   * A renderer whose print view is laid out for {@code paper}; with {@code pdf} the home page and the
   * print view link {@code guide.pdf}, which the caller promises to produce (a plain build must not
   * leave a dangling link). {@code strings} are the theme's words (the templates' {@code i18n()}, and
   * the page titles, breadcrumbs and navigation made here).
   */
  public Renderer(Theme theme, UiStrings strings, Paper paper, boolean pdf) {
    this(theme, strings, paper, pdf, false);
  }

  /** As above; with {@code pdfParts} a split print view's index also links each volume's PDF, which the caller makes too. */
  public Renderer(Theme theme, UiStrings strings, Paper paper, boolean pdf, boolean pdfParts) {
    this(theme, strings, paper, pdf, pdfParts, Pages.SITEMAP_URLS);
  }

  /** As above, with sitemap.xml an index once it would list more than {@code sitemapUrls} addresses (tests lower it). */
  Renderer(Theme theme, UiStrings strings, Paper paper, boolean pdf, boolean pdfParts, int sitemapUrls) {
    this.sitemapUrls = sitemapUrls;
    this.theme = theme;
    this.strings = strings;
    this.globals = new Globals(strings, paper, pdf, pdf && pdfParts);
    this.templates = new TemplateGraph(theme);
    this.engine = new PebbleEngine.Builder()
        .loader(new ThemeLoader(theme))
        .autoEscaping(true)
        .strictVariables(true)
        .newLineTrimming(true)
        .defaultLocale(java.util.Locale.ENGLISH)
        .extension(new I18nExtension(strings))
        // the same bytes as Pebble's own "html" strategy, without building unbescape's entity tables (UiStrings.escape)
        .addEscapingStrategy("html", UiStrings::escape)
        .build();
  }

  /** Every page and asset of {@code site}, whose full matrix is {@code matrix}; problems go to {@code diags}. */
  public List<Output> render(Site site, Matrix matrix, Diagnostics diags) {
    return render(site, matrix, diags, java.util.function.UnaryOperator.identity());
  }

  /** {@link #render(Site, Matrix, Diagnostics)}, handing each page to {@code sink} as soon as it is made (to write it). */
  public List<Output> render(Site site, Matrix matrix, Diagnostics diags, java.util.function.UnaryOperator<Output> sink) {
    RenderPlan plan = plan(site, matrix);
    List<Output> out = new ArrayList<>(plan.render(plan.routes(), diags, sink));
    out.addAll(plan.assets());
    return out;
  }

  /**
   * Only the print view ({@code print/index.html}): the whole guide as one document for paper, the
   * input of the PDF. Empty when its template failed (the problem is in {@code diags}).
   */
  public Optional<Output> renderPrint(Site site, Matrix matrix, Diagnostics diags) {
    Urls urls = new Urls(site.config().baseUrl(), site.config().basePath());
    BodyHtml bodies = bodies(site, urls);
    PageSpec page = new PrintView(new Views(site, matrix, urls, strings, bodies)).page(PageKind.PRINT.route());
    return bodies.oneRender(() -> renderPage(page, globals.of(site, urls, theme.staticFiles()), urls, diags));
  }

  /** The site's pages, their dependency record and their assets, to render all or some of them ({@code matrix}: the site's full matrix). */
  public RenderPlan plan(Site site, Matrix matrix) {
    Urls urls = new Urls(site.config().baseUrl(), site.config().basePath());
    BodyHtml bodies = bodies(site, urls);
    Views views = new Views(site, matrix, urls, strings, bodies);
    Map<String, Path> assets = theme.staticFiles();
    return new RenderPlan(this, site, matrix, urls, bodies, new Pages(views, articles, sitemapUrls).plan(), globals.of(site, urls, assets),
        assets);
  }

  /** The bodies' links for {@code site} at {@code urls}: the last plan's while its links are the very same map. */
  synchronized BodyHtml bodies(Site site, Urls urls) {
    if (bodies == null || !bodies.indexes(site, urls)) bodies = new BodyHtml(site, urls);
    return bodies;
  }

  TemplateGraph templates() {
    return templates;
  }

  Theme theme() {
    return theme;
  }

  /** The UI strings this renderer's pages are made with. */
  public UiStrings strings() {
    return strings;
  }

  /** A template error where the author can fix it: file, line, the problem, and the templates that led there. */
  record TemplateError(String file, int line, String message, List<String> chain) {
    /** The chain as the message shows it, {@code faq.peb -> base.peb -> partials/nav.peb}; empty for the page's own template. */
    String via() {
      return chain.size() < 2 ? "" : String.join(" -> ", chain);
    }
  }

  Optional<Output> renderPage(PageSpec page, Map<String, Object> global, Urls urls, Diagnostics diags) {
    return renderPage(page, global, urls, e -> diags.error(e.file(), e.line(), 1,
        e.message() + (e.via().isEmpty() ? "" : "; included through " + e.via())));
  }

  Optional<Output> renderPage(PageSpec page, Map<String, Object> global, Urls urls, java.util.function.Consumer<TemplateError> errors) {
    Map<String, Object> ctx = new java.util.HashMap<>(global);
    ctx.putAll(page.model().variables());
    ctx.put("page", Views.map("title", page.title(), "description", page.description(), "keywords", page.keywords(),
        "canonical", urls.absolute(page.route().equals(PageKind.NOT_FOUND.route()) ? PageKind.HOME.route() : page.route()), "route", page.route(),
        "kind", page.kind(), "breadcrumbs", page.breadcrumbs(), "section", section(page.route()),
        "ogType", page.model().ogType()));
    String name = page.template();
    try {
      PebbleTemplate t = engine.getTemplate(name);
      Utf8Buffer w = new Utf8Buffer();
      t.evaluate(w, ctx);
      return Optional.of(new Output(page.file(), page.kind(), w.toByteArray(), null));
    } catch (PebbleException e) {
      errors.accept(locate(name, e, ctx));
      return Optional.empty();
    } catch (RuntimeException e) {
      // a theme's filter or function can fail outside Pebble's own checks: still a message at the template, never a trace
      String where = theme.template(name).map(this::displayPath).orElse("templates/" + name);
      errors.accept(new TemplateError(where, 1, "template error: " + e + " while rendering " + page.file(), List.of()));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a template error of page template {@code page} belongs. A missing template is reported at the
   * tag that asks for it (Pebble knows only the page); any other error at the template and line Pebble
   * names, an unknown variable (strict variables) with what the page has instead ({@link UnknownVariable}).
   * Either way with the chain of templates from the page's, and whose file it is.
   */
  private TemplateError locate(String page, PebbleException e, Map<String, Object> vars) {
    TemplateGraph graph = templates;
    ThemeLoader.Missing missing = missing(e);
    if (missing != null) {
      Optional<TemplateGraph.Reference> ref = graph.referenceTo(page, missing.name);
      String at = ref.map(TemplateGraph.Reference::template).orElse(page);
      return new TemplateError(where(at), ref.map(TemplateGraph.Reference::line).orElse(1),
          "template error: `" + missing.name + "` not found in " + themes() + ": create it, or correct the name ("
              + whose(at) + ")", ref.map(TemplateGraph.Reference::chain).orElse(List.of(page)));
    }
    String file = e.getFileName() == null ? page : e.getFileName();
    int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
    String text = textOf(file);
    String message = UnknownVariable.explain(e, vars, text.lines().skip(Math.max(0, line - 1)).findFirst().orElse(""), text)
        .orElse(e.getPebbleMessage());
    return new TemplateError(where(file), line, "template error: " + message + " (" + whose(file) + ")",
        graph.chain(page, file));
  }

  /** The text of template {@code template}, or "" when it cannot be read. */
  private String textOf(String template) {
    return theme.template(template).map(f -> {
      try {
        return Files.readString(f);
      } catch (IOException | java.io.UncheckedIOException ex) {
        return "";
      }
    }).orElse("");
  }

  private static ThemeLoader.Missing missing(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ThemeLoader.Missing m) return m;
    }
    return null;
  }

  private String where(String template) {
    return theme.template(template).map(this::displayPath).orElse("templates/" + template);
  }

  /** The folders a template is looked up in, as the theme chain has them. */
  private String themes() {
    return theme.roots().size() > 2 ? "the guide's templates/, the --theme folder or the built-in theme"
        : "the guide's templates/ or the built-in theme";
  }

  /** Whose file a template is: the guide's override of a theme template, the guide's own, or a theme's. */
  private String whose(String template) {
    Optional<Path> file = theme.template(template);
    Path guide = theme.roots().get(0);
    if (file.isEmpty()) return "missing";
    if (!file.get().startsWith(guide)) {
      return file.get().startsWith(Theme.builtIn()) ? "the built-in theme's " + template : "the --theme folder's " + template;
    }
    boolean themeHasIt = theme.roots().stream().skip(1).anyMatch(r -> Files.isRegularFile(r.resolve("templates").resolve(template)));
    return themeHasIt ? "your override of the theme's " + template : "your template " + template;
  }

  /** A guide's own template is shown relative to the guide, like its content files; theme files in full. */
  private String displayPath(Path template) {
    Path guide = theme.roots().get(0);
    return template.startsWith(guide) ? guide.relativize(template).toString().replace('\\', '/') : template.toString();
  }

  private static String section(String route) {
    int slash = route.indexOf('/');
    return slash < 0 ? "" : route.substring(0, slash);
  }
}
