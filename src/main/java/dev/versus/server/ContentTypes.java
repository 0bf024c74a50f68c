package dev.versus.server;

import dev.versus.web.PageKind;
import java.util.Locale;
import org.eclipse.jetty.http.MimeTypes;

/**
 * The Content-Type of a served file, by its extension, from Jetty's maintained table (the one a Jetty
 * static host serves with: {@code .mjs}, {@code .wasm}, {@code .csv}, {@code .mp3}, {@code .htm}...), so
 * {@code serve} answers as a static host would. Text and XML types say they are UTF-8, as Versus writes them.
 */
final class ContentTypes {
  private static final MimeTypes TYPES = types();

  private ContentTypes() {}

  private static MimeTypes types() {
    MimeTypes.Mutable types = new MimeTypes.Mutable(MimeTypes.DEFAULTS);
    // W3C Web Application Manifest, section 11.1 registers this extension; Jetty's table lacks it
    types.addMimeMapping("webmanifest", "application/manifest+json");
    return types;
  }

  static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    // the feed is an Atom feed; browsers and readers want to be told
    if (name.equals(PageKind.FEED.route())) return "application/atom+xml; charset=utf-8";
    String type = TYPES.getMimeByExtension(name.toLowerCase(Locale.ROOT));
    if (type == null) return "application/octet-stream";
    boolean text = type.startsWith("text/") || type.equals("application/xml");
    return text && !type.contains("charset") ? type + "; charset=utf-8" : type;
  }
}
