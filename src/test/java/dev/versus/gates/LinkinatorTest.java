package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.versus.SiteLinks;
import dev.versus.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links, by the repo's own check of the written HTML and by linkinator from npm as an outside opinion: linkinator
 * crawls each guide served under /sub/ from its home page, checks every link, stylesheet, script and
 * {@code #fragment} on 127.0.0.1, and skips every other host (there is no internet here). Zero broken.
 */
@Tag("browser")
class LinkinatorTest {
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();
  @TempDir
  Path tmp;

  /** linkinator's verdict on one crawl: every URL it checked, and the broken ones with the page that links them. */
  record Crawl(int checked, List<String> broken) {}

  static Crawl crawl(String root) throws IOException, InterruptedException {
    Path bin = Tools.npmTool("linkinator");
    // a JavaScript regex: \Q..\E quoting does not exist there, so escape the dots by hand
    String host = root.substring(0, root.indexOf('/', "http://".length())).replace(".", "\\.");
    Process p = new ProcessBuilder(bin.toString(), root, "--recurse", "--check-fragments", "--check-css",
        "--skip", "^(?!" + host + "/)", "--format", "json", "--concurrency", "8", "--timeout", "20000")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "linkinator did not finish");
    JsonObject report = JsonParser.parseString(out).getAsJsonObject();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (JsonElement e : report.getAsJsonArray("links")) {
      JsonObject link = e.getAsJsonObject();
      String state = link.get("state").getAsString();
      if (!state.equals("SKIPPED")) checked++;
      if (state.equals("BROKEN")) {
        String parent = link.has("parent") ? link.get("parent").getAsString() : "?";
        broken.add(link.get("url").getAsString() + " (status " + link.get("status") + ", linked from " + parent + ")");
      }
    }
    return new Crawl(checked, broken);
  }

  private static void assertNoBrokenLinks(ServedSite site) throws IOException, InterruptedException {
    Tools.npmTool("linkinator");
    // the repo's own reading of the written HTML first (the build already checked every author link)
    assertEquals(List.of(), SiteLinks.broken(site.out(), ServedSite.BASE_PATH), site.name() + ", own check");
    Crawl crawl = crawl(site.root());
    System.out.printf("linkinator %s: %d URLs checked, %d broken%n", site.name(), crawl.checked(), crawl.broken().size());
    // every page but 404.html is reachable from home, so a crawl that saw fewer URLs did not recurse
    int pages = SiteLinks.htmlFiles(site.out()).size();
    assertTrue(crawl.checked() >= pages - 1, "linkinator saw " + crawl.checked() + " URLs of " + pages + " pages");
    assertEquals(List.of(), crawl.broken(), site.name());
  }

  @Test
  void djangoFlaskGuideHasNoBrokenLinks() throws Exception {
    assertNoBrokenLinks(guides.djangoFlask());
  }

  @Test
  void threeSubjectFixtureHasNoBrokenLinks() throws Exception {
    assertNoBrokenLinks(guides.three());
  }

  /** A canary: a missing page and a missing anchor must both be reported, or a clean crawl proves nothing. */
  @Test
  void linkinatorReportsAMissingPageAndAMissingAnchor() throws Exception {
    Tools.npmTool("linkinator");
    Path source = TestSites.fixture("three", tmp);
    TestSites.write(source, """
        -- static/canary.html --
        <!DOCTYPE html><html lang="en"><head><title>canary</title></head><body>
        <a href="/sub/no-such-page/">gone</a> <a href="/sub/compare/#no-such-row">no row</a></body></html>
        """);
    try (ServedSite site = ServedSite.start("canary", source, tmp)) {
      Crawl crawl = crawl(site.url("canary.html"));
      assertEquals(2, crawl.broken().size(), crawl.toString());
    }
  }
}
