package dev.versus.config;

import dev.versus.content.ContentLoader;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.regex.Pattern;

/**
 * The keys of site.yaml and sources.yaml that become part of a page (a group's key in {@code id="group-..."},
 * a level's in {@code class="level-..."}, a scale's in {@code data-scale}, a subject's and a profile's in URLs,
 * a source's id in {@code id="source-..."}) must be slugs: lowercase ASCII letters, digits and hyphens, so the
 * id is valid HTML, the class a CSS selector matches, and the URL needs no escaping (the kind of fault of
 * massif-press/compcon#2550: {@code id="group-Données de base"}). Anything else is an error with the slug it
 * would become as the hint, as for a file name.
 */
public final class Keys {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

  private Keys() {}

  /**
   * Whether {@code key}, the {@code what} (such as "group key"), is a slug; if not, an error at {@code pos}
   * says what it {@code becomes} on the pages and which slug to write instead.
   */
  public static boolean check(String what, String key, String becomes, Position pos, Diagnostics diags) {
    if (SLUG.matcher(key).matches()) return true;
    diags.error(pos, what + " `" + key + "` is not a slug (lowercase letters a-z, digits, hyphens): it becomes " + becomes
        + "; use `" + ContentLoader.suggestSlug(key) + "`");
    return false;
  }
}
