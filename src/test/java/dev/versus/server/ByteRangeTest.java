package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Range header over random lengths and headers (first, last, suffix, values past the end, reversed,
 * huge): a part is always inside the file and what RFC 9110 section 14.1.2 says it is; a range that starts
 * at or past the end is unsatisfiable; the rest is the whole file.
 */
class ByteRangeTest {
  @Test
  void everyPartIsInsideTheFileAndIsWhatTheHeaderAsks() {
    SplittableRandom random = new SplittableRandom(9110L);
    for (int run = 0; run < 20_000; run++) {
      long length = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextLong(1, 10_000);
      String a = random.nextInt(5) == 0 ? "" : String.valueOf(random.nextLong(0, 2 * length + 2));
      String b = random.nextInt(5) == 0 ? "" : random.nextInt(20) == 0 ? "99999999999999999999" : String.valueOf(random.nextLong(0, 2 * length + 2));
      String header = "bytes=" + a + "-" + b;
      ByteRange.Asked asked = ByteRange.of(header, length);
      String what = header + " of " + length + ": " + asked;
      if (asked instanceof ByteRange.Part p) {
        assertTrue(p.range().first() >= 0 && p.range().first() <= p.range().last() && p.range().last() < length, what);
        if (a.isEmpty()) assertEquals(length - 1, p.range().last(), what);
        else assertEquals(Long.parseLong(a), p.range().first(), what);
      } else if (asked instanceof ByteRange.Unsatisfiable) {
        assertTrue(a.isEmpty() ? b.equals("0") || length == 0 : Long.parseLong(a) >= length, what);
      } else {
        assertTrue((a.isEmpty() && b.isEmpty()) || (!a.isEmpty() && !b.isEmpty() && b.length() < 20 && Long.parseLong(b) < Long.parseLong(a)), what);
      }
    }
  }

  @Test
  void headersThisServerDoesNotReadAreIgnored() {
    for (String h : new String[] {"bytes=0-1,3-4", "items=0-1", "bytes=", "bytes=-", "bytes=a-b", "0-1"}) {
      assertTrue(ByteRange.of(h, 100) instanceof ByteRange.Whole, h);
    }
    assertTrue(ByteRange.of(null, 100) instanceof ByteRange.Whole);
    assertEquals(new ByteRange(0, 99), ((ByteRange.Part) ByteRange.of("BYTES=0-", 100)).range(), "the unit is case-insensitive");
  }
}
