package dev.versus.model;

import dev.versus.content.Body;
import java.util.List;

/** A question and its answer from faq/&lt;slug&gt;.md, tied to the criteria and subjects it concerns. */
public record Faq(String slug, String path, String question, int order, List<String> criteria,
    List<String> subjects, Body body) {
  /** The longest description search engines show in full (Google cuts near 155 characters). */
  static final int DESCRIPTION_MAX = 155;

  /**
   * The answer as plain text, as the FAQ's structured data gives it (empty for an empty answer): the body's
   * {@link Body#text}, which the load stage read off its own parse of the body, as Jsoup's {@code text()} of
   * {@code body.html()} gives it. Parsing the HTML again here, on each of the several calls a FAQ gets per build
   * (its page, the index, their descriptions and structured data), took a tenth of a small build's render stage.
   */
  public String answerText() {
    return body.text().strip();
  }

  /**
   * The page's description: the answer's text, cut at a word within {@link #DESCRIPTION_MAX} characters
   * (anywhere in text written without spaces, such as Chinese), or the question when the answer has no text.
   */
  public String description() {
    String text = answerText();
    if (text.isEmpty()) return question;
    if (text.length() <= DESCRIPTION_MAX) return text;
    int cut = text.lastIndexOf(' ', DESCRIPTION_MAX - 3);
    if (cut <= 0) cut = DESCRIPTION_MAX - 3;
    // never split a surrogate pair (an emoji) in two
    if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
    return text.substring(0, cut).stripTrailing() + "…";
  }
}
