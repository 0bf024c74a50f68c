package dev.versus.render;

import dev.versus.diag.Diagnostics;
import dev.versus.model.Site;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the site's pages through Pebble, in parallel (pages are independent), and lists the
 * theme's static files. Template errors become diagnostics at the template's file and line.
 */
public final class Renderer {
  /** Where the PDF of the guide is published, below the site root. */
  public static final String PDF = "guide.pdf";

  private final Theme theme;
  private final Paper paper;
  private final boolean pdf;
  private final PebbleEngine engine;
  private final ArticleMemo articles = new ArticleMemo();

  public Renderer(Theme theme) {
    this(theme, Paper.A4, false);
  }

  /**
   * A renderer whose print view is laid out for {@code paper}; with {@code pdf} the home page and the
   * print view link {@code guide.pdf}, which the caller promises to produce (a plain build must not
   * leave a dangling link).
   */
  public Renderer(Theme theme, Paper paper, boolean pdf) {
    this.theme = theme;
    this.paper = paper;
    this.pdf = pdf;
    this.engine = new PebbleEngine.Builder()
        .loader(new ThemeLoader(theme))
        .autoEscaping(true)
        .strictVariables(false)
        .newLineTrimming(true)
        .defaultLocale(java.util.Locale.ENGLISH)
        .build();
  }

  /** Every page and asset of {@code site}; problems go to {@code diags}. */
  public List<Output> render(Site site, Diagnostics diags) {
    RenderPlan plan = plan(site);
    List<Output> out = new ArrayList<>(plan.render(plan.routes(), diags));
    out.addAll(plan.assets());
    return out;
  }

  /**
   * Only the print view ({@code print/index.html}): the whole guide as one document for paper, the
   * input of the PDF. Empty when its template failed (the problem is in {@code diags}).
   */
  public Optional<Output> renderPrint(Site site, Diagnostics diags) {
    Urls urls = new Urls(site.config().baseUrl(), site.config().basePath());
    PageSpec page = new PrintView(site, urls, new Views(site, urls)).page();
    return renderPage(page, globals(site, urls, theme.staticFiles()), urls, diags);
  }

  /** The site's pages, their dependency record and their assets, to render all or some of them. */
  public RenderPlan plan(Site site) {
    Urls urls = new Urls(site.config().baseUrl(), site.config().basePath());
    Views views = new Views(site, urls);
    Map<String, Path> assets = theme.staticFiles();
    return new RenderPlan(this, site, urls, new Pages(site, urls, views, articles).plan(), globals(site, urls, assets), assets);
  }

  Theme theme() {
    return theme;
  }

  Optional<Output> renderPage(PageSpec page, Map<String, Object> global, Urls urls, Diagnostics diags) {
    Map<String, Object> ctx = new java.util.HashMap<>(global);
    ctx.putAll(page.vars());
    ctx.put("page", Views.map("title", page.title(), "description", page.description(), "keywords", page.keywords(),
        "canonical", urls.absolute(page.route().equals("404.html") ? "" : page.route()), "route", page.route(),
        "kind", page.kind(), "breadcrumbs", page.breadcrumbs(), "section", section(page.route()),
        "ogType", page.vars().getOrDefault("ogType", "website")));
    String name = page.template();
    try {
      PebbleTemplate t = engine.getTemplate(name);
      StringWriter w = new StringWriter();
      t.evaluate(w, ctx);
      return Optional.of(Output.page(page.file(), page.kind(), w.toString()));
    } catch (PebbleException e) {
      String file = e.getFileName() == null ? name : e.getFileName();
      String where = theme.template(file).map(this::displayPath).orElse("templates/" + file);
      int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
      diags.error(where, line, 1, "template error: " + e.getPebbleMessage());
      return Optional.empty();
    } catch (RuntimeException e) {
      // a theme's filter or function can fail outside Pebble's own checks: still a message at the template, never a trace
      String where = theme.template(name).map(this::displayPath).orElse("templates/" + name);
      diags.error(where, 1, 1, "template error: " + e + " while rendering " + page.file());
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private Map<String, Object> globals(Site site, Urls urls, Map<String, Path> assets) {
    var config = site.config();
    Map<String, Object> assetUrls = new java.util.HashMap<>();
    // content hashes in asset URLs: browsers may cache them forever, a change still shows
    assets.forEach((path, file) -> assetUrls.put(path.substring(1), urls.href(path.substring(1)) + "?v=" + hash(file)));
    return Views.map(
        "site", Views.map("title", config.title(), "description", config.description(), "language", config.language(),
            "baseUrl", config.baseUrl(), "basePath", config.basePath(),
            "authors", config.authors().stream().map(a -> Views.map("name", a.name(), "url", a.url())).toList(),
            "subjects", site.subjects().stream().map(s -> Views.map("slug", s.slug(), "title", s.title())).toList(),
            "updated", Views.updated(site).map(Object::toString).orElse("1970-01-01"),
            "hasFaq", !site.faqs().isEmpty()),
        "nav", List.of(
            Views.map("title", "Compare", "url", urls.href("compare/"), "section", "compare"),
            Views.map("title", "Criteria", "url", urls.href("criteria/"), "section", "criteria"),
            Views.map("title", "Subjects", "url", urls.href("subjects/"), "section", "subjects"),
            Views.map("title", "Articles", "url", urls.href("articles/"), "section", "articles"),
            Views.map("title", "FAQ", "url", urls.href("faq/"), "section", "faq"),
            Views.map("title", "Sources", "url", urls.href("sources/"), "section", "sources")),
        "assets", assetUrls,
        "print", Views.map("url", urls.href(PrintView.ROUTE), "pdf", pdf ? urls.href(PDF) : null,
            "paper", paper.label(), "paperSize", paper.css()));
  }

  private static String hash(Path file) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(d, 0, 5);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
