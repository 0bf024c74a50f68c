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

  public String label() {
    return label;
  }

  public String css() {
    return css;
  }
}
