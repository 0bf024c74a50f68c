package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview server's types come from a maintained table: what a static host sends, not octet-stream. */
class ContentTypesTest {
  @Test
  void servesTheTypesAStaticHostWould() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("js/app.mjs", "text/javascript; charset=utf-8"),
        Map.entry("lib/engine.wasm", "application/wasm"),
        Map.entry("data/prices.csv", "text/csv; charset=utf-8"),
        Map.entry("audio/intro.mp3", "audio/mpeg"),
        Map.entry("old/page.htm", "text/html; charset=utf-8"),
        Map.entry("index.html", "text/html; charset=utf-8"),
        Map.entry("css/versus.css", "text/css; charset=utf-8"),
        Map.entry("img/photo.AVIF", "image/avif"),
        Map.entry("fonts/body.woff2", "font/woff2"),
        Map.entry("img/logo.svg", "image/svg+xml"),
        Map.entry("data.json", "application/json"),
        Map.entry("sitemap.xml", "application/xml; charset=utf-8"),
        Map.entry("feed.xml", "application/atom+xml; charset=utf-8"),
        Map.entry("site.webmanifest", "application/manifest+json"),
        Map.entry("guide.pdf", "application/pdf"),
        Map.entry("README", "application/octet-stream"),
        Map.entry("blob.unknownext", "application/octet-stream"));
    expected.forEach((path, type) -> assertEquals(type, ContentTypes.of(path), path));
  }
}
