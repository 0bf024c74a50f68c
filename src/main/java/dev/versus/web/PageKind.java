package dev.versus.web;

/**
 * Every kind of page a guide publishes, with its route below the site root. A route ending in
 * {@code /} is a folder published as its {@code index.html} (pretty URLs); the others are files.
 * A {@code *} in a pattern is a slot for a slug: {@code CRITERION.route("orm")} is
 * {@code criteria/orm/}, {@code COMPARE_PAIR.route("a", "b")} is {@code compare/a-vs-b/}.
 */
public enum PageKind {
  /** The home page. */
  HOME("", Scope.ONE),
  /** The full comparison table. */
  COMPARE("compare/", Scope.ONE),
  /**
   * Where the table sorted by one subject (its slug) used to be: now a page that moves the reader to
   * {@code compare/?sort=<slug>}, whose script sorts the one table in the browser.
   */
  COMPARE_SORTED("compare/by/*/", Scope.EACH_SUBJECT),
  /**
   * Two subjects side by side (their slugs, in site.yaml's order); from three subjects up, for every pair up
   * to ten subjects and for site.yaml's {@code pairs}.
   */
  COMPARE_PAIR("compare/*-vs-*/", Scope.EACH_PAIR),
  /** One group of a comparison table too big for one page (the group's key); its first page. */
  COMPARE_GROUP("compare/group/*/", Scope.TABLE_PART),
  /** A later page of a group too big for one page (the group's key, the page number from 2). */
  COMPARE_GROUP_PAGE("compare/group/*/*/", Scope.TABLE_PART),
  CRITERIA("criteria/", Scope.ONE),
  /**
   * One group of the criteria index when the guide has more criteria than one page lists (the group's key);
   * {@code criteria/} then lists these parts. Split exactly as the subjects' verdicts are.
   */
  CRITERIA_GROUP("criteria/group/*/", Scope.LINE_PART),
  /** A later page of a group of the criteria index too big for one page (the group's key, the page number from 2). */
  CRITERIA_GROUP_PAGE("criteria/group/*/*/", Scope.LINE_PART),
  CRITERION("criteria/*/", Scope.DOCUMENT),
  SUBJECTS("subjects/", Scope.ONE),
  SUBJECT("subjects/*/", Scope.DOCUMENT),
  /**
   * One group of a subject's verdicts, and where it is ahead on them, when the guide has more criteria than one
   * page lists (the subject's slug, the group's key); the subject's page then lists these parts.
   */
  SUBJECT_GROUP("subjects/*/group/*/", Scope.SUBJECT_LINE_PART),
  /** A later page of a group of a subject's verdicts too big for one page (subject, group, page number from 2). */
  SUBJECT_GROUP_PAGE("subjects/*/group/*/*/", Scope.SUBJECT_LINE_PART),
  ARTICLES("articles/", Scope.ONE),
  ARTICLE("articles/*/", Scope.DOCUMENT),
  /** The list of every question. */
  FAQS("faq/", Scope.ONE),
  /** One question's page. */
  FAQ("faq/*/", Scope.DOCUMENT),
  SOURCES("sources/", Scope.ONE),
  /**
   * What cites each source, for one group's criteria (the group's key), when the guide has more criteria than
   * one page lists: {@code sources/} keeps the bibliography and links these parts instead of every citing page.
   */
  SOURCES_GROUP("sources/group/*/", Scope.LINE_PART),
  /** A later page of a group's citations too big for one page (the group's key, the page number from 2). */
  SOURCES_GROUP_PAGE("sources/group/*/*/", Scope.LINE_PART),
  /** What changed in the matrix, edition by edition: only for a guide that records editions. */
  CHANGES("changes/", Scope.WITH_EDITIONS),
  /** The weighing form; it and the profile pages exist only where site.yaml defines profiles. */
  CHOOSE("choose/", Scope.WITH_PROFILES),
  /** One profile's ranking (the profile's key). */
  CHOOSE_PROFILE("choose/*/", Scope.EACH_PROFILE),
  /** The search page; its query is {@code ?q=}, its index {@link Routes#SEARCH_INDEX}. */
  SEARCH("search/", Scope.ONE),
  /** The whole guide on one page for paper, the input of the PDF. */
  PRINT("print/", Scope.ONE),
  /**
   * One volume of a print view too big for one page (the group's key): the guide's print view then lists
   * its volumes, and each volume holds one group's share of the table and its criteria.
   */
  PRINT_GROUP("print/group/*/", Scope.PRINT_VOLUME),
  /** A later volume of a group too big for one print page (the group's key, the volume number from 2). */
  PRINT_GROUP_PAGE("print/group/*/*/", Scope.PRINT_VOLUME),
  NOT_FOUND("404.html", Scope.ONE),
  /** The sitemap; past 50,000 addresses (sitemaps.org's limit) a sitemap index of {@link #SITEMAP_PART} files. */
  SITEMAP("sitemap.xml", Scope.ONE),
  /** One file of a sitemap split by a sitemap index (its number, from 1). */
  SITEMAP_PART("sitemap-*.xml", Scope.SITEMAP_PART),
  /** The Atom feed of the articles. */
  FEED("feed.xml", Scope.ONE),
  ROBOTS("robots.txt", Scope.ONE);

  /**
   * Which pages of a kind one guide publishes, decided from the guide's facts by {@link Published#routes}: the route
   * table says where each kind goes and, here, how many of it a guide has, so a new kind is linkable once it is here.
   * The parts of a page too big for one come in two kinds: the first part ({@code .../group/<key>/}) and the later
   * ones, whose route takes one more slug, the page number from 2.
   */
  public enum Scope {
    /** One page in every guide. */
    ONE,
    /** One page, in a guide that records editions. */
    WITH_EDITIONS,
    /** One page, in a guide whose site.yaml defines profiles. */
    WITH_PROFILES,
    /** One page per subject (its slug). */
    EACH_SUBJECT,
    /** One page per pair with a pair page ({@link Published#pairs}). */
    EACH_PAIR,
    /** One page per profile (its key). */
    EACH_PROFILE,
    /** One page per published document of the kind: it exists exactly when its file does. */
    DOCUMENT,
    /** One page per part of a comparison table too big for one page ({@link Published#parts}, {@link Published#MAX_CELLS}). */
    TABLE_PART,
    /** One page per part of a page that lists one line per criterion, when those are split ({@link Published#MAX_LINES}). */
    LINE_PART,
    /** As {@link #LINE_PART}, for each subject. */
    SUBJECT_LINE_PART,
    /** One volume per part of a split print view ({@link Published#VOLUME_CELLS}), when the table is split. */
    PRINT_VOLUME,
    /** One file per {@link Published#SITEMAP_URLS} addresses, past that many. */
    SITEMAP_PART
  }

  private final String pattern;
  private final Scope scope;
  private final java.util.regex.Pattern regex;
  /**
   * The pattern's text around its slots, split once: {@link #route} is asked for every page of every plan (several
   * times per article; the preview plans the whole guide on each save), and scanning the pattern each time showed.
   */
  private final String[] parts;

  PageKind(String pattern, Scope scope) {
    this.pattern = pattern;
    this.scope = scope;
    // a slot holds one slug: no slash, at least one character
    StringBuilder re = new StringBuilder();
    String[] parts = pattern.split("\\*", -1);
    this.parts = parts;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) re.append("([^/]+?)"); // reluctant: slugs() splits a-vs-b-vs-c at its first -vs-
      re.append(java.util.regex.Pattern.quote(parts[i]));
    }
    this.regex = java.util.regex.Pattern.compile(re.toString());
  }

  /** Whether {@code route} is the route of a page of this kind (for some slugs). */
  public boolean matches(String route) {
    return regex.matcher(route).matches();
  }

  /**
   * The slugs of {@code route}, a route of this kind, in pattern order: the inverse of {@link #route(String...)}
   * ({@code COMPARE_PAIR.slugs("compare/a-vs-b/")} is {@code [a, b]}).
   *
   * @throws IllegalArgumentException when {@code route} is not a route of this kind ({@link #matches})
   */
  public java.util.List<String> slugs(String route) {
    java.util.regex.Matcher m = regex.matcher(route);
    if (!m.matches()) throw new IllegalArgumentException(name() + ": not a route of this kind: " + route);
    java.util.List<String> out = new java.util.ArrayList<>(slots());
    for (int g = 1; g <= slots(); g++) out.add(m.group(g));
    return out;
  }

  /** How many pages of this kind a guide publishes ({@link Published#routes} reads it). */
  public Scope scope() {
    return scope;
  }

  /** The route with {@code *} where a slug goes, as the table above spells it. */
  public String pattern() {
    return pattern;
  }

  /** How many slugs {@link #route(String...)} takes. */
  public int slots() {
    return parts.length - 1;
  }

  /**
   * The route of the page of this kind for {@code slugs}, in pattern order.
   *
   * @throws IllegalArgumentException when the number of slugs is not {@link #slots()}, or a slug is empty
   */
  public String route(String... slugs) {
    if (slugs.length != slots()) {
      throw new IllegalArgumentException(name() + " takes " + slots() + " slug(s), got " + slugs.length);
    }
    if (slugs.length == 0) return pattern;
    StringBuilder sb = new StringBuilder(pattern.length() + 32).append(parts[0]);
    for (int slot = 0; slot < slugs.length; slot++) {
      if (slugs[slot].isEmpty()) throw new IllegalArgumentException(name() + ": empty slug");
      sb.append(slugs[slot]).append(parts[slot + 1]);
    }
    return sb.toString();
  }

  /** The output file of the page of this kind for {@code slugs}: {@link Routes#file(String)} of its route. */
  public String file(String... slugs) {
    return Routes.file(route(slugs));
  }
}
