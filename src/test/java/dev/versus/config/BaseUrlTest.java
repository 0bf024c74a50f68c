package dev.versus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Base URLs beyond the query, fragment and user name of issue 24: every form that would publish a URL a reader
 * or a crawler cannot use as written is refused with the form to write instead.
 */
class BaseUrlTest {
  private static String problem(String url) {
    Optional<String> p = BaseUrl.problem(url);
    assertTrue(p.isPresent(), url + " is refused");
    assertTrue(p.get().contains(BaseUrl.FORMS), p.get());
    return p.get();
  }

  @Test
  void theFormsOfTheDocsAreAccepted() {
    for (String url : new String[] {"https://example.org/guide/", "http://localhost:8080/docs", "https://example.org",
        "http://[::1]:8080/x/", "https://example.org/caf%C3%A9/", "http://127.0.0.1:65535/"}) {
      assertEquals(Optional.empty(), BaseUrl.problem(url), url);
    }
  }

  @Test
  void aPortOutsideOneTo65535IsRefused() {
    assertTrue(problem("https://example.org:99999/").contains("port 99999"), problem("https://example.org:99999/"));
    assertTrue(problem("https://example.org:0/").contains("port 0"));
  }

  /** A page's URL is the base URL and its path: "." and ".." segments or an empty one make two URLs of one page. */
  @Test
  void dotSegmentsAndEmptySegmentsAreRefusedWithTheNormalForm() {
    assertTrue(problem("https://example.org/g/../h/").contains("write `https://example.org/h/`"), problem("https://example.org/g/../h/"));
    assertTrue(problem("https://example.org/./g/").contains("write `https://example.org/g/`"));
    assertTrue(problem("https://example.org/g//").contains("write `https://example.org/g/`"), problem("https://example.org/g//"));
  }

  /** Sitemaps and feeds need URLs in ASCII (RFC 3986): the path percent-encoded, the host in Punycode. */
  @Test
  void lettersOutsideAsciiAreRefusedWithTheEncodedForm() {
    assertTrue(problem("https://example.org/café/").contains("write `https://example.org/caf%C3%A9/`"), problem("https://example.org/café/"));
    assertTrue(problem("https://bücher.example/guide/").contains("write `https://xn--bcher-kva.example/guide/`"),
        problem("https://bücher.example/guide/"));
  }

  /** A host java.net.URI cannot read ({@code exa_mple.org}) was said to be missing: the message names what is there. */
  @Test
  void aHostThatIsNoHostNameIsNamed() {
    String p = problem("https://exa_mple.org/");
    assertTrue(p.startsWith("`https://exa_mple.org/` has `exa_mple.org` where its host goes, which is not a host name"), p);
    assertTrue(problem("https:///guide/").startsWith("`https:///guide/` has no host: "), problem("https:///guide/"));
  }
}
