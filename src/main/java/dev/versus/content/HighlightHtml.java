package dev.versus.content;

import com.codewaves.codehighlight.core.StyleRenderer;

/**
 * The HTML codehighlight's own {@code renderer.HtmlRenderer} writes, byte for byte, made in linear time:
 * that renderer keeps its result in a {@code String} and concatenates onto it at every token
 * ({@code mResult = mResult + ...}), so a block of n tokens copies its text n times. With one code block per
 * article that copying was about half of the highlighter's time (a profile of 4,000 generated articles:
 * highlighting 14% of the build, the renderer's copies 5-6%). The library takes any {@link StyleRenderer}, so
 * this one is configured instead of changing the library. Not thread-safe: one per highlighted block.
 */
final class HighlightHtml implements StyleRenderer<CharSequence> {
  private final String prefix;
  /** Null until {@link #onStart}, as the library's result field: appending to it then writes {@code null} as it would. */
  private StringBuilder out;

  /** A renderer writing {@code <span class="PREFIXname">} for each style, as {@code new HtmlRenderer(prefix)}. */
  HighlightHtml(String prefix) {
    this.prefix = prefix;
  }

  private StringBuilder out() {
    if (out == null) out = new StringBuilder("null");
    return out;
  }

  @Override
  public void onStart() {
    out = new StringBuilder();
  }

  @Override
  public void onFinish() {}

  @Override
  public void onPushStyle(String style) {
    out().append("<span class=\"").append(prefix).append(style).append("\">");
  }

  @Override
  public void onPopStyle() {
    out().append("</span>");
  }

  @Override
  public void onPushCodeBlock(CharSequence code) {
    escape(code.toString(), out());
  }

  @Override
  public void onPushSubLanguage(String name, CharSequence code) {
    // no prefix here, as in the library's renderer
    out().append("<span class=\"").append(name).append("\">").append(code).append("</span>");
  }

  @Override
  public void onPushOriginalSubLanguage(String name, CharSequence code) {
    if (name == null) out().append(code);
    else out().append("<span class=\"").append(name).append("\">").append(code).append("</span>");
  }

  @Override
  public void onAbort(CharSequence code, Exception e) {
    out = new StringBuilder(code);
  }

  @Override
  public CharSequence getResult() {
    return out == null ? null : out.toString();
  }

  /**
   * {@code text} with {@code &}, {@code <} and {@code >} escaped, appended to {@code to}: what the library's
   * three {@code String.replace} calls give (it replaces {@code &} first, so no entity is escaped twice).
   */
  static void escape(String text, StringBuilder to) {
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
      if (entity == null) continue;
      to.append(text, from, i).append(entity);
      from = i + 1;
    }
    to.append(text, from, text.length());
  }
}
