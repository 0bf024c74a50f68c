package dev.versus.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": typos, names with a word more or less, and names missing a word. */
class SuggestTest {
  private static final List<String> ANCHORS = List.of("overview", "pros-and-cons", "used-by", "verdicts", "mentioned-in");

  @Test
  void aTypo() {
    assertEquals(Optional.of("verdicts"), Suggest.closest("verdict", ANCHORS));
  }

  @Test
  void aNameWithAWordMoreOrLess() {
    assertEquals(Optional.of("offline"), Suggest.closest("offline-mode", List.of("offline", "offload", "online-help")));
    assertEquals(Optional.of("offline-mode"), Suggest.closest("offline", List.of("offline-mode", "download")));
  }

  @Test
  void aNameMissingAWord() {
    assertEquals(Optional.of("pros-and-cons"), Suggest.closest("pros-cons", ANCHORS));
  }

  @Test
  void nothingForANameUnlikeAnyOther() {
    assertEquals(Optional.empty(), Suggest.closest("pricing", ANCHORS));
    assertEquals(Optional.empty(), Suggest.closest("of", List.of("offline-mode")), "too short to be a prefix");
  }
}
