package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Request paths map to files below the site root, and every way out of it is refused. */
class RequestPathTest {
  @ParameterizedTest
  @CsvSource({
      "/, index.html",
      "/articles/morning/, articles/morning/index.html",
      "/css/versus.css, css/versus.css",
      "/img/a%20cup.svg, img/a cup.svg",
      "/caf%C3%A9/, café/index.html",
      "/a+b.txt, a+b.txt",
  })
  void mapsToFilesBelowTheRoot(String raw, String file) {
    assertEquals(Optional.of(file), RequestPath.resolve(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../etc/passwd", "/articles/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/etc/passwd",
      "/..%2fetc/passwd", "/..%2Fetc%2Fpasswd", "/./index.html", "/%2e/index.html", "/..\\etc\\passwd", "/%5c..%5cetc%5cpasswd",
      "/%5C..%5Cwin.ini", "//etc/passwd", "/articles//morning/", "/C:/Windows/win.ini", "/c%3a/windows", "/%00",
      "/index.html%00.css", "/%zz", "/%c0%ae%c0%ae/etc/passwd", "relative/path", ""})
  void refusesEveryWayOut(String raw) {
    assertEquals(Optional.empty(), RequestPath.resolve(raw));
  }
}
