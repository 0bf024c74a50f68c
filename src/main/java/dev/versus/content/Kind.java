package dev.versus.content;

/** The kinds of content file, each living in its own folder of the source tree. */
public enum Kind {
  INDEX(""), SUBJECT("subjects"), CRITERION("criteria"), ARTICLE("articles"), FAQ("faq");

  private final String folder;

  Kind(String folder) {
    this.folder = folder;
  }

  /** The source folder that holds files of this kind ("" for the root index). */
  public String folder() {
    return folder;
  }
}
