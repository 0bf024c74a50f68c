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
  void twoSwappedLettersAreOneTypo() {
    assertEquals(Optional.of("title"), Suggest.closest("titel", List.of("title", "slug")));
    assertEquals(Optional.of("page"), Suggest.closest("pgae", List.of("page", "site", "nav")));
  }

  /** A version two characters off a short release shares nothing with it: no hint (9.9 used to get 1.0). */
  @Test
  void nothingForAShortNameTwoTyposFromEveryOther() {
    assertEquals(Optional.empty(), Suggest.closest("9.9", List.of("1.0", "2.1")));
    assertEquals(Optional.empty(), Suggest.closest("tea", List.of("cocoa", "sea-salt", "toe-tag")));
    assertEquals(Optional.empty(), Suggest.closest("great", List.of("built-in", "extension", "none")));
  }

  /** Of releases equally few typos away, the nearest in version order. */
  @Test
  void ofEquallyNearNamesTheNearestInOrder() {
    assertEquals(Optional.of("1.1"), Suggest.closest("1.2", List.of("1.0", "1.1", "2.0")));
    assertEquals(Optional.of("4.2.0"), Suggest.closest("4.2.1", List.of("4.0.0", "4.2.0", "5.2.1")));
  }

  @Test
  void nothingForANameUnlikeAnyOther() {
    assertEquals(Optional.empty(), Suggest.closest("pricing", ANCHORS));
    assertEquals(Optional.empty(), Suggest.closest("of", List.of("offline-mode")), "too short to be a prefix");
  }
}
