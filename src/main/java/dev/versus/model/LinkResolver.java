package dev.versus.model;

import dev.versus.content.Document;
import dev.versus.content.Kind;
import dev.versus.content.LinkRef;
import dev.versus.content.UrlPath;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Suggest;
import dev.versus.web.Anchors;
import dev.versus.web.PageKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves every link authors wrote: relative links to other content files become page targets,
 * links into {@code static/} become assets, and anything that points at nothing (file or anchor)
 * is an error at the link's position.
 */
final class LinkResolver {
  /** The scheme of an inline citation: {@code source:<id>} names an entry of sources.yaml. */
  static final String SOURCE_SCHEME = "source:";

  private final Map<String, Document> byPath;
  private final Set<String> allFiles;
  private final Set<String> unpublished;
  private final Set<String> failed;
  private final RootedLinks rooted;
  private final Diagnostics diags;
  private final Map<String, Document> consulted = new java.util.HashMap<>();

  LinkResolver(Map<String, Document> byPath, Set<String> allFiles, Set<String> unpublished, Set<String> failed,
      RootedLinks rooted, Diagnostics diags) {
    this.failed = failed;
    this.byPath = byPath;
    this.allFiles = allFiles;
    this.unpublished = unpublished;
    this.rooted = rooted;
    this.diags = diags;
  }

  /** The documents this resolver looked up by path (for their kind, slug and anchors), by path. */
  Map<String, Document> consulted() {
    return consulted;
  }

  List<CrossLink> resolveAll(Document doc) {
    List<CrossLink> out = new ArrayList<>();
    for (LinkRef ref : doc.body().links()) {
      resolve(doc, ref).ifPresent(t -> out.add(new CrossLink(doc.kind(), doc.slug(), ref, t)));
    }
    return out;
  }

  private Optional<Target> resolve(Document doc, LinkRef ref) {
    // a browser drops ASCII tabs and newlines from a URL before anything else (WHATWG URL, "basic URL
    // parser"): `java<TAB>script:` is a javascript: URL to it, so it must be one here too
    String href = withoutTabsOrNewlines(ref.href().strip());
    if (href.isEmpty()) {
      diags.error(ref.pos(), "empty link target: write the file to link, e.g. `(../criteria/orm.md)`");
      return Optional.empty();
    }
    if (href.startsWith(SOURCE_SCHEME)) return citation(ref, href.substring(SOURCE_SCHEME.length()));
    if (hasScheme(href) || href.startsWith("//")) return external(ref, href);
    String anchor = "";
    int hash = href.indexOf('#');
    String path = href;
    if (hash >= 0) {
      // as written: indicated() decodes it, exactly once, after looking for it as written (as browsers do)
      anchor = href.substring(hash + 1);
      path = href.substring(0, hash);
    }
    int q = path.indexOf('?');
    if (q >= 0) path = path.substring(0, q);
    if (path.isEmpty()) {
      return Optional.of(new Target.Page(doc.kind(), doc.slug(), checkAnchor(ref, doc, anchor)));
    }
    if (path.startsWith("/")) return rooted(ref, UrlPath.decode(path.substring(1)).orElse(path.substring(1)), anchor);
    String resolved = sibling(parentOf(doc.path()), path);
    if (resolved == null) resolved = normalize(parentOf(doc.path()) + path);
    if (resolved == null) {
      diags.error(ref.pos(), "link `" + href + "` leaves the source folder: link files inside the guide only");
      return Optional.empty();
    }
    Document target = byPath.get(resolved);
    if (target != null) {
      consulted.put(resolved, target);
      return Optional.of(new Target.Page(target.kind(), target.slug(), checkAnchor(ref, target, anchor)));
    }
    // the target failed to load and has its own error; a second one here would only be noise
    if (failed.contains(resolved)) return Optional.empty();
    Optional<String> misnamed = misnamed(resolved);
    if (misnamed.isPresent()) {
      diags.error(ref.pos(), "broken " + (ref.image() ? "image" : "link") + ": `" + href + "` points at " + resolved
          + ", which does not exist yet: " + misnamed.get() + " becomes it once renamed to " + resolved);
      return Optional.empty();
    }
    if (unpublished.contains(resolved)) {
      diags.error(ref.pos(), "link `" + href + "` points at a draft, which is not published: remove `draft: true` there, or build with --drafts");
      return Optional.empty();
    }
    if (resolved.startsWith("static/") && allFiles.contains(resolved)) {
      return Optional.of(new Target.Asset(resolved.substring("static".length())));
    }
    if (allFiles.contains(resolved)) {
      diags.error(ref.pos(), "link `" + href + "` points at " + resolved + ", which is not published: move it under static/");
      return Optional.empty();
    }
    String what = ref.image() ? "image" : "link";
    String folder = resolved + "/";
    Optional<String> inside = allFiles.stream().filter(f -> f.startsWith(folder)).sorted().findFirst();
    if (inside.isPresent()) {
      // `../subjects/` is there, as a folder: "does not exist" would send the author looking for a typo
      String list = Anchors.LINKABLE.stream().map(PageKind::route).filter(folder::equals).findFirst()
          .map(r -> ", or the list of them that the build makes, `/" + r + "`").orElse("");
      diags.error(ref.pos(), "broken " + what + ": `" + href + "` points at the folder " + folder + ", and a link"
          + " reaches a file: link one of its files, such as " + inside.get() + list);
      return Optional.empty();
    }
    String made = rooted.route(resolved); // read in the source folder, where the build's pages are not
    if (made != null) {
      diags.error(ref.pos(), "broken " + what + ": `" + href + "` points at " + resolved + " in the source folder, which has"
          + " no such file; the build makes it: link it from the site's root, `/" + made + "`");
      return Optional.empty();
    }
    diags.error(ref.pos(), "broken " + what + ": `" + href + "` points at " + resolved + ", which does not exist"
        + MissingFileHint.of(resolved, candidates()));
    return Optional.empty();
  }

  /** An inline citation {@code [the survey](source:statista-2024)}: the source's entry on /sources/. */
  private Optional<Target> citation(LinkRef ref, String id) {
    Set<String> anchors = rooted.anchors().getOrDefault(PageKind.SOURCES.route(), Set.of());
    if (anchors.contains(Anchors.source(id))) return Optional.of(new Target.Route(PageKind.SOURCES.route(), Anchors.source(id)));
    List<String> known = anchors.stream().filter(a -> a.startsWith(Anchors.SOURCE)).map(a -> a.substring(Anchors.SOURCE.length())).sorted().toList();
    diags.error(ref.pos(), "unknown source `" + id + "` in citation `" + ref.href() + "`" + Suggest.didYouMean(id, known)
        + "; known: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
    return Optional.empty();
  }

  private Optional<Target> rooted(LinkRef ref, String path, String anchor) {
    // the guide's static files, then the theme's it does not replace: the build publishes both at that path
    if (allFiles.contains("static/" + path) || rooted.themeAssets().contains("/" + path)) return Optional.of(new Target.Asset("/" + path));
    Document doc = byPath.get(java.util.Objects.requireNonNullElse(rooted.documentPath(path), ""));
    if (doc != null) {
      consulted.put(doc.path(), doc); // `/criteria/orm/` is criteria/orm.md's page: the target, anchors, backlinks of `../criteria/orm.md`
      return Optional.of(new Target.Page(doc.kind(), doc.slug(), checkAnchor(ref, doc, anchor)));
    }
    String route = rooted.route(path);
    if (route == null) {
      diags.error(ref.pos(), "link `" + ref.href() + "` matches no static file and no page or file this guide publishes: "
          + rooted.whyNot(path));
      return Optional.empty();
    }
    Set<String> anchors = rooted.anchors().get(route);
    String id = indicated(anchor, anchors);
    if (!anchor.isEmpty() && !anchors.contains(id)) {
      diags.error(ref.pos(), "link `" + ref.href() + "`: no anchor `#" + id + "` on /" + route
          + Suggest.didYouMean(id, anchors));
    }
    return Optional.of(new Target.Route(route, id));
  }

  private Optional<Target> external(LinkRef ref, String href) {
    try {
      URI u = new URI(href);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && (u.getHost() == null || u.getHost().isEmpty())) {
        diags.error(ref.pos(), "link `" + href + "` has no host name: write a full URL such as https://example.org/page");
      }
    } catch (URISyntaxException e) {
      // the space is the usual cause (a file name pasted as written); otherwise the URL's form is what to fix
      diags.error(ref.pos(), "link `" + href + "` is not a valid URL (" + e.getReason() + "): " + (href.indexOf(' ') >= 0
          ? "encode spaces as %20" : "write a full URL such as https://example.org/page or mailto:name@example.org"));
    }
    return Optional.of(new Target.External(href));
  }

  /** Checks {@code anchor} against the ids of {@code target}'s page and returns the id it reaches. */
  private String checkAnchor(LinkRef ref, Document target, String anchor) {
    if (anchor.isEmpty()) return anchor;
    Set<String> known = new HashSet<>(target.body().ids());
    known.addAll(Anchors.FIXED.getOrDefault(target.kind().page(), Set.of()));
    // a criterion page's #evidence-<subject> sections and its notes
    if (target.kind() == Kind.CRITERION) CriterionAnchors.addTo(known, target.frontMatter());
    String id = indicated(anchor, known);
    if (!known.contains(id)) {
      diags.error(ref.pos(), "broken anchor: `#" + id + "` is not a heading of " + target.path()
          + Suggest.didYouMean(id, known));
    }
    return id;
  }

  /**
   * The id a fragment reaches, found as browsers find it (HTML, "the indicated part of the document"):
   * the fragment as written, else percent-decoded as UTF-8, so {@code #gr%C3%B6%C3%9Fe} (how GitHub-style
   * tables of contents write it) reaches {@code ## Größe}. The decoded form when neither matches.
   * Decoded once only: {@code #100%2525} looks for {@code 100%25}, never for {@code 100%}.
   */
  static String indicated(String fragment, Set<String> ids) {
    return ids.contains(fragment) ? fragment : UrlPath.decode(fragment).orElse(fragment);
  }

  /** Link targets to suggest: the published documents and files, a file whose name is not a slug by the name it would get. */
  private Set<String> candidates() {
    Set<String> c = new HashSet<>(byPath.keySet());
    for (String f : allFiles) c.add(failed.contains(f) ? slugPath(f) : f);
    return c;
  }

  /** A content file that failed to load because its name is not a slug, and would be {@code resolved} once renamed. */
  private Optional<String> misnamed(String resolved) {
    return failed.stream().filter(f -> !f.equals(resolved) && slugPath(f).equals(resolved)).findFirst();
  }

  /** {@code criteria/Real_Time.md} -> {@code criteria/real-time.md}: the path the file would have with a slug name. */
  private static String slugPath(String file) {
    int slash = file.lastIndexOf('/');
    int dot = file.lastIndexOf('.');
    if (dot <= slash) return file;
    return file.substring(0, slash + 1) + dev.versus.content.ContentLoader.suggestSlug(file.substring(slash + 1, dot))
        + file.substring(dot);
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /**
   * {@code href} without ASCII tabs and newlines ({@code replaceAll("[\t\n\r]", "")}), with no regex: a regex
   * compiled per link was a third of the model stage of a repeat build (JFR, 4,000 articles).
   */
  static String withoutTabsOrNewlines(String href) {
    int i = 0;
    while (i < href.length() && !isTabOrNewline(href.charAt(i))) i++;
    if (i == href.length()) return href;
    StringBuilder out = new StringBuilder(href.length()).append(href, 0, i);
    for (; i < href.length(); i++) {
      if (!isTabOrNewline(href.charAt(i))) out.append(href.charAt(i));
    }
    return out.toString();
  }

  private static boolean isTabOrNewline(char c) {
    return c == '\t' || c == '\n' || c == '\r';
  }

  /** Whether {@code href} starts with a URL scheme and its colon ({@code ^[a-zA-Z][a-zA-Z0-9+.-]*:}), read without a regex. */
  static boolean hasScheme(String href) {
    if (href.isEmpty() || !isAsciiLetter(href.charAt(0))) return false;
    for (int i = 1; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c == ':') return true;
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') return false;
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * What {@link #normalize} gives {@code folder + name} when it can be told without splitting it: a file name of the
   * same folder (no slash, no percent sign, not {@code .} or {@code ..}) in a folder of plain names (as every document's
   * folder is, from the walk); else null. Most links between articles are such names (33,000 at 4,000 articles).
   */
  static String sibling(String folder, String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('%') >= 0) return null;
    if (folder.indexOf('%') >= 0 || folder.startsWith("/") || folder.contains("//") || folder.startsWith("./")
        || folder.startsWith("../") || folder.contains("/./") || folder.contains("/../")) {
      return null;
    }
    return folder + name;
  }

  /** Resolves {@code .} and {@code ..}; null when the path climbs above the source root. */
  static String normalize(String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) continue;
      if (p.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.removeLast();
      } else {
        // RFC 3986, exactly once: `c++logo.svg` names that file, `my%20photo.png` names `my photo.png`
        parts.addLast(UrlPath.decode(p).orElse(p));
      }
    }
    return String.join("/", parts);
  }
}
