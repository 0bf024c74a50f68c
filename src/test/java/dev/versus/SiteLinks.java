package dev.versus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that every internal link and anchor of a built site resolves to a file and an id. */
public final class SiteLinks {
  private SiteLinks() {}

  /** Every broken internal link of the site in {@code out}, served under {@code basePath}. */
  public static List<String> broken(Path out, String basePath) {
    Map<Path, Set<String>> ids = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path page : htmlFiles(out)) {
      Document doc = parse(page);
      for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) continue;
        String where = out.relativize(page) + ": " + url;
        String path = url;
        String anchor = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
          anchor = path.substring(hash + 1);
          path = path.substring(0, hash);
        }
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        Path target;
        if (path.isEmpty()) {
          target = page;
        } else if (!path.startsWith(basePath)) {
          problems.add(where + " (not rooted at " + basePath + ")");
          continue;
        } else {
          target = out.resolve(path.substring(basePath.length()));
          if (Files.isDirectory(target)) target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
          problems.add(where + " (no file " + out.relativize(target) + ")");
          continue;
        }
        if (!anchor.isEmpty()) {
          Set<String> known = ids.computeIfAbsent(target, t -> parse(t).select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
          // as a browser finds the indicated element: the fragment as written, else percent-decoded (HTML, 7.4.6.3)
          String decoded = java.net.URLDecoder.decode(anchor.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
          if (!known.contains(anchor) && !known.contains(decoded)) problems.add(where + " (no id " + anchor + ")");
        }
      }
    }
    return problems;
  }

  /**
   * Where a moved page sends its reader: the address of its {@code <meta http-equiv="refresh" content="0; url=...">}
   * (a redirect a static host can publish); empty for a page of its own.
   */
  public static java.util.Optional<String> movedTo(Document page) {
    return java.util.Optional.ofNullable(page.selectFirst("meta[http-equiv=refresh]"))
        .map(m -> m.attr("content").replaceFirst("^\\s*\\d+\\s*;\\s*url=", ""));
  }

  public static List<Path> htmlFiles(Path out) {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
