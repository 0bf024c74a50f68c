package dev.versus.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Offsets in a text to the line and column an editor shows. */
class PositionTest {
  @Test
  void theFirstCharacterIsLineOneColumnOne() {
    assertEquals(new Position("a.md", 1, 1), Position.at("a.md", "abc", 0, 1));
  }

  @Test
  void linesCountFromTheFirstLineOfTheText() {
    String text = "one\ntwo\nthree";
    assertEquals(new Position("a.md", 3, 3), Position.at("a.md", text, text.indexOf("ree"), 1));
    // a body that starts on line 6 of its file, after the front matter
    assertEquals(new Position("a.md", 7, 1), Position.at("a.md", text, text.indexOf("two"), 6));
  }

  @Test
  void theOffsetAfterANewlineStartsTheNextLine() {
    assertEquals(new Position("a.md", 2, 1), Position.at("a.md", "x\n", 2, 1));
  }

  @Test
  void aCharacterOutsideTheBmpIsOneColumn() {
    String text = "\uD83C\uDF75 tea {x}";
    assertEquals(new Position("a.md", 1, 7), Position.at("a.md", text, text.indexOf('{'), 1));
  }
}
