package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every output that is not HTML escapes for its own syntax, with a base URL holding {@code &}
 * ({@code https://example.org/q&a/}): robots.txt is plain text and says {@code q&a} as it is (it used to say
 * {@code q&amp;a}); sitemap.xml and feed.xml are XML, escape {@code &} once, and read back as {@code q&a}.
 */
class PlainTextOutputsTest {
  private static final String BASE = "https://example.org/q&a/";
  @TempDir
  static Path tmp;
  static Path out;

  @BeforeAll
  static void build() {
    Path source = TestSites.fixture("three", tmp);
    out = tmp.resolve("site");
    BuildResult r = new Build().run(new BuildOptions(source, out, Optional.of(BASE), false, Optional.empty()), true);
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void robotsTxtIsPlainText() {
    String robots = TestSites.read(out.resolve("robots.txt"));
    assertTrue(robots.contains("\nSitemap: https://example.org/q&a/sitemap.xml\n"), robots);
  }

  @Test
  void sitemapAndFeedAreXmlWhoseUrlsReadBackAsWritten() throws Exception {
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    Document sitemap = xml.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
    NodeList locs = sitemap.getElementsByTagNameNS("*", "loc");
    assertTrue(locs.getLength() > 10);
    for (int i = 0; i < locs.getLength(); i++) {
      assertTrue(locs.item(i).getTextContent().startsWith(BASE), locs.item(i).getTextContent());
    }
    Document feed = xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
    assertEquals(BASE, feed.getElementsByTagNameNS("*", "id").item(0).getTextContent());
    assertEquals(BASE + "feed.xml", ((org.w3c.dom.Element) feed.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href"));
  }
}
