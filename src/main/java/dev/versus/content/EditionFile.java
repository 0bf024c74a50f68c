package dev.versus.content;

/**
 * One file of the guide's {@code editions/} folder as the load stage read it: its path, its name (the file
 * name without {@code .json}, such as {@code 2026-11}) and its JSON as a tree with positions. The model stage
 * reads what it says ({@code dev.versus.model.EditionReader}).
 */
public record EditionFile(String path, String name, YNode root) {
  /** The folder of a guide that holds its editions. */
  public static final String FOLDER = "editions/";

  /** Whether {@code file}, a path inside the guide, is an edition: a {@code .json} file right in {@code editions/}. */
  public static boolean is(String file) {
    return file.startsWith(FOLDER) && file.endsWith(".json") && file.indexOf('/', FOLDER.length()) < 0;
  }

  /** The name of edition file {@code file}. */
  public static String nameOf(String file) {
    return file.substring(FOLDER.length(), file.length() - ".json".length());
  }
}
