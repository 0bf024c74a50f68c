package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Suspect} answers exactly as the pattern it replaces, {@link ActiveHtml#SUSPECT}. */
class SuspectTest {
  /** Letters of the pattern's words in both cases, its punctuation, every kind of space, and look-alikes (Kelvin sign, long s, dotless i). */
  private static final String ALPHABET = "<>=:/\" \t\n\u000B\f\r\u00A0scriptdaonSCRIPTDAONfmebjlkgwxyz\u212A\u017F\u0131-_0";

  @Test
  void agreesWithThePatternOnRandomTexts() {
    Random random = new Random(26);
    for (int round = 0; round < 300_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String t = text.toString();
      assertEquals(ActiveHtml.SUSPECT.matcher(t).find(), Suspect.in(t), () -> "text: `" + t + "`");
    }
  }

  @Test
  void findsEachBranchAndNothingInPlainHtml() {
    for (String t : new String[] {"<SCRIPT>", "< \tlinkx", "<p onClick =x>", "a\ronx=", "href=\"Java\tScript :x\"", "DATA:image",
        "<basefont>"}) {
      assertTrue(Suspect.in(t), t);
    }
    for (String t : new String[] {"<p class=\"on\">x</p>", "<a href=\"/a/\">on=</a>", "<p>ona=</p>", "x on=", "<b>date: today</b>",
        "<\u017Fcript>", "<p>scr ipt:</p>", ""}) {
      assertFalse(Suspect.in(t), t);
    }
  }
}
