package dev.versus.render;

/** The paper the print view and the PDF are laid out for; {@code css} is the CSS {@code @page size} value. */
public enum Paper {
  A4("A4", "A4"),
  LETTER("Letter", "letter");

  private final String label;
  private final String css;

  Paper(String label, String css) {
    this.label = label;
    this.css = css;
  }

  /** The paper named as people write it: a4, A4, letter, Letter, us-letter; empty for any other word. */
  public static java.util.Optional<Paper> named(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "a4" -> java.util.Optional.of(A4);
      case "letter", "us-letter" -> java.util.Optional.of(LETTER);
      default -> java.util.Optional.empty();
    };
  }

  public String label() {
    return label;
  }

  public String css() {
    return css;
  }
}
