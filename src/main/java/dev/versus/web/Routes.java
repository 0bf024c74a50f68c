package dev.versus.web;

import java.util.List;

/**
 * The output files of routes, and the published files that are not pages: the search index, the
 * open data and the PDF. Every stage names these files through here, so a path is spelled once.
 */
public final class Routes {
  private Routes() {}

  /** The file a folder's page is published as. */
  public static final String INDEX = "index.html";
  /** Where the search index is published (written by the search stage, read by the /search/ page). */
  public static final String SEARCH_INDEX = PageKind.SEARCH.route() + "index.json";
  /** The matrix as JSON, written by the data stage, linked from the compare and sources pages. */
  public static final String COMPARE_JSON = "compare.json";
  /** compare.json's JSON Schema, published beside it. */
  public static final String COMPARE_SCHEMA = "compare.schema.json";
  /** The matrix as CSV. */
  public static final String COMPARE_CSV = "compare.csv";
  /** The open data files, in the order the data stage writes them. */
  public static final List<String> DATA_FILES = List.of(COMPARE_JSON, COMPARE_SCHEMA, COMPARE_CSV);
  /** What changed in each recorded edition of the matrix, published only by a guide that records editions. */
  public static final String CHANGES_JSON = "changes.json";
  /** The JSON Schema of {@link #CHANGES_JSON}, published beside it. */
  public static final String CHANGES_SCHEMA = "changes.schema.json";
  /** Both files of what changed. */
  public static final List<String> CHANGES_FILES = List.of(CHANGES_JSON, CHANGES_SCHEMA);
  /** The whole guide as one PDF, made from the print view when asked. */
  public static final String PDF = "guide.pdf";
  /**
   * The PDF made from the print page at {@code printRoute}: {@link #PDF} for the print view, and for a
   * volume of a split print view ({@code print/group/<key>/[<n>/]}) {@code guide-<key>[-<n>].pdf}.
   */
  public static String pdf(String printRoute) {
    String rest = printRoute.substring(PageKind.PRINT.route().length());
    if (rest.isEmpty()) return PDF;
    return "guide-" + rest.substring("group/".length(), rest.length() - 1).replace('/', '-') + ".pdf";
  }

  /** The print view's file, the PDF's input. */
  public static final String PRINT_FILE = PageKind.PRINT.file();

  /** The output file of a route: pretty URLs, {@code dir/index.html}; a route naming a file is that file. */
  public static String file(String route) {
    return route.isEmpty() || route.endsWith("/") ? route + INDEX : route;
  }

  /** The route of an output file, the inverse of {@link #file(String)}: {@code a/index.html} is {@code a/}. */
  public static String route(String file) {
    if (file.equals(INDEX)) return "";
    return file.endsWith("/" + INDEX) ? file.substring(0, file.length() - INDEX.length()) : file;
  }

  /** Part {@code n} (from 1) of the articles' full text, loaded by the search page when the index alone is too big. */
  public static String searchText(int n) {
    return PageKind.SEARCH.route() + "text-" + n + ".json";
  }

  /** Whether {@code path} is one of the search stage's files ({@link #SEARCH_INDEX} or a {@link #searchText} part). */
  public static boolean isSearchFile(String path) {
    return path.startsWith(PageKind.SEARCH.route()) && path.endsWith(".json");
  }
}
