package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceExtension#position} (from a line index) gives every link the line flexmark's own
 * {@code getStartLineNumber} counts and the column found by walking back to the last line feed, as it did.
 */
class SourcePositionTest {
  private static final String[] PIECES = {"[a](b.md)", " word ", "\n", "\r\n", "\r", "\n\n", "- ", "> ", "*x* ", "`c` "};

  @Test
  void agreesWithFlexmarkOnRandomBodies() {
    Parser parser = Parser.builder().build();
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) text.append(PIECES[random.nextInt(PIECES.length)]);
      com.vladsch.flexmark.util.ast.Document doc = parser.parse(text.toString());
      doc.set(SourceExtension.FIRST_LINE, 3);
      for (Node n : doc.getDescendants()) {
        if (!(n instanceof Link)) continue;
        BasedSequence base = n.getChars().getBaseSequence();
        int start = n.getStartOffset();
        while (start > 0 && base.charAt(start - 1) != '\n') start--;
        int[] expected = {n.getStartLineNumber() + 3, n.getStartOffset() - start + 1};
        String shown = text.toString().replace("\r", "\\r").replace("\n", "\\n");
        assertArrayEquals(expected, SourceExtension.position(n), () -> "body: " + shown);
      }
    }
  }
}
