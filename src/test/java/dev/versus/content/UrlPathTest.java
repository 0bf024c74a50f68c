package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlPathTest {
  @Test
  void decodesOnceAsAUrlPath() {
    assertEquals(Optional.of("c++logo.svg"), UrlPath.decode("c++logo.svg"), "RFC 3986: a plus is a plus");
    assertEquals(Optional.of("my photo.png"), UrlPath.decode("my%20photo.png"));
    assertEquals(Optional.of("100%.png"), UrlPath.decode("100%25.png"));
    assertEquals(Optional.of("größe"), UrlPath.decode("gr%C3%B6%C3%9Fe"));
  }

  @Test
  void keepsCharactersOutsideTheBmpBesideEncodedOnes() {
    assertEquals(Optional.of("\uD83D\uDE80 launch.png"), UrlPath.decode("\uD83D\uDE80%20launch.png"));
  }

  @Test
  void refusesWhatIsNotPercentEncodingOrUtf8() {
    assertEquals(Optional.empty(), UrlPath.decode("100%"));
    assertEquals(Optional.empty(), UrlPath.decode("%zz"));
    assertEquals(Optional.empty(), UrlPath.decode("%C3"));
  }

  @Test
  void encodesWhatAPathCannotHoldAndDecodesBack() {
    String name = "my photo #1 \uD83D\uDE80.png";
    assertEquals(Optional.of(name), UrlPath.decode(UrlPath.encode(name)));
    assertEquals("my%20photo.png", UrlPath.encode("my photo.png"));
  }
}
