package dev.versus.render;

import dev.versus.i18n.UiStrings;
import dev.versus.model.Site;
import dev.versus.web.PageKind;
import dev.versus.web.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What every template sees besides its page: the site's title and language, the navigation, the links to
 * every page a theme may link, and the assets' URLs with a hash of their content. The hashes are kept by
 * file: a {@link Renderer} and so this live only while the theme's files stay as they are (the preview makes
 * a new renderer when one of them changes).
 */
final class Globals {
  private final UiStrings strings;
  private final Paper paper;
  private final boolean pdf;
  private final boolean pdfParts;
  private final Map<Path, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();

  Globals(UiStrings strings, Paper paper, boolean pdf, boolean pdfParts) {
    this.strings = strings;
    this.paper = paper;
    this.pdf = pdf;
    this.pdfParts = pdfParts;
  }

  /** The globals of {@code site} served at {@code urls}, with the theme's static files {@code assets} (URL path to file). */
  Map<String, Object> of(Site site, Urls urls, Map<String, Path> assets) {
    var config = site.config();
    Map<String, Object> assetUrls = new java.util.HashMap<>();
    // content hashes in asset URLs: browsers may cache them forever, a change still shows
    assets.forEach((path, file) -> assetUrls.put(path.substring(1), urls.href(dev.versus.content.UrlPath.encode(path.substring(1))) + "?v=" + hashes.computeIfAbsent(file, Globals::hash)));
    return Views.map(
        "site", Views.map("title", config.title(), "description", config.description(), "language", config.language(),
            "direction", dev.versus.config.Direction.of(config.language()), "baseUrl", config.baseUrl(), "basePath", config.basePath(),
            "authors", config.authors().stream().map(a -> Views.map("name", a.name(), "url", a.url())).toList(),
            "subjects", site.subjects().stream().map(s -> Views.map("slug", s.slug(), "title", s.title())).toList(),
            "updated", site.updated().toString(),
            "hasFaq", !site.faqs().isEmpty()),
        "nav", nav(config, urls, strings),
        "assets", assetUrls,
        "routes", routes(config, urls),
        "search", Views.map("url", urls.href(PageKind.SEARCH), "index", urls.href(Routes.SEARCH_INDEX)),
        "openData", Views.map("json", urls.href(Routes.COMPARE_JSON), "csv", urls.href(Routes.COMPARE_CSV),
            "schema", urls.href(Routes.COMPARE_SCHEMA), "license", config.dataLicense()),
        "print", Views.map("url", urls.href(PageKind.PRINT), "pdf", pdf ? urls.href(Routes.PDF) : null, "parts", pdfParts,
            "paper", paper.label(), "paperSize", paper.css()));
  }

  /** The main navigation, titled {@code nav.<section>}; "choose" only where site.yaml defines profiles (its pages exist only then). */
  private static List<Map<String, Object>> nav(dev.versus.config.SiteConfig config, Urls urls, UiStrings strings) {
    List<Map<String, Object>> nav = new ArrayList<>();
    nav.add(Views.map("title", strings.text("nav.compare"), "url", urls.href(PageKind.COMPARE), "section", "compare"));
    if (!config.profiles().isEmpty()) nav.add(Views.map("title", strings.text("nav.choose"), "url", urls.href(PageKind.CHOOSE), "section", "choose"));
    nav.add(Views.map("title", strings.text("nav.criteria"), "url", urls.href(PageKind.CRITERIA), "section", "criteria"));
    nav.add(Views.map("title", strings.text("nav.subjects"), "url", urls.href(PageKind.SUBJECTS), "section", "subjects"));
    nav.add(Views.map("title", strings.text("nav.articles"), "url", urls.href(PageKind.ARTICLES), "section", "articles"));
    nav.add(Views.map("title", strings.text("nav.faq"), "url", urls.href(PageKind.FAQS), "section", "faq"));
    nav.add(Views.map("title", strings.text("nav.sources"), "url", urls.href(PageKind.SOURCES), "section", "sources"));
    return List.copyOf(nav);
  }

  /**
   * {@code routes}: the link to every page a theme may link from any page, by name ({@code {{ routes.compare }}}),
   * so no template glues a path onto the base path. The data and PDF files are under {@code openData} and
   * {@code print}; the choose form's link is null where site.yaml defines no profiles (the page does not exist).
   * {@code routes.absolute} has the absolute URLs a file read off the site needs (the feed's, robots.txt's).
   */
  private static Map<String, Object> routes(dev.versus.config.SiteConfig config, Urls urls) {
    return Views.map("home", urls.href(PageKind.HOME), "compare", urls.href(PageKind.COMPARE),
        "criteria", urls.href(PageKind.CRITERIA), "subjects", urls.href(PageKind.SUBJECTS),
        "articles", urls.href(PageKind.ARTICLES), "faq", urls.href(PageKind.FAQS), "sources", urls.href(PageKind.SOURCES),
        "choose", config.profiles().isEmpty() ? null : urls.href(PageKind.CHOOSE), "search", urls.href(PageKind.SEARCH),
        "print", urls.href(PageKind.PRINT), "feed", urls.href(PageKind.FEED), "sitemap", urls.href(PageKind.SITEMAP),
        "absolute", Views.map("home", urls.absolute(PageKind.HOME.route()), "feed", urls.absolute(PageKind.FEED.route()),
            "sitemap", urls.absolute(PageKind.SITEMAP.route())));
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
