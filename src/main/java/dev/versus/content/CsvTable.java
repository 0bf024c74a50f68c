package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of {@code data/} (RFC 4180, parsed by Apache Commons CSV), as a header and rows whose every
 * field knows its line and column. Pure: {@code (path, text)} in, a table or diagnostics out. The first
 * record is the header ({@link CsvHeader}); the known columns may come in any order, unknown ones are ignored
 * (so the published {@code compare.csv} reads as a {@code data/cells.csv}); a missing header, a missing required
 * column, a column named twice, a ragged row and a syntax error are errors at their line and column. Blank lines are
 * skipped. An unquoted field is read without the spaces around it ({@code tea, aroma, mild}, as people write
 * tables by hand), the way YAML strips a plain value, and is positioned at its first character; a quoted
 * field is kept as written, spaces and all (RFC 4180 keeps both: a space is only ever meant inside quotes). Commons CSV gives each record's character offset; the offset of each field within it is found
 * by walking the record's text from there, which Commons CSV has already checked to be well formed.
 */
public final class CsvTable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  /** Commons CSV's message for a character after a closing quote: "... at line: 2, position: 10". */
  private static final Pattern AT_OFFSET = Pattern.compile("position: (\\d+)");
  private static final Pattern AT_LINE = Pattern.compile("\\(startline (\\d+)\\)");

  private final String path;
  private final String text;
  private final int[] lineStarts;
  private final Map<String, Integer> columns;
  private final List<Row> rows;

  /** One record after the header: its fields' values and the character offset where each starts. */
  public final class Row {
    private final List<String> values;
    private final int[] starts;

    private Row(List<String> values, int[] starts) {
      this.values = values;
      this.starts = starts;
    }

    /**
     * The field of {@code column}, {@code ""} when the table has no such column. One single quote is dropped
     * from a field whose leading quotes come before {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return: it is the mark compare.csv and spreadsheets put there so the field is not run as a
     * formula (OWASP, "CSV Injection"); compare.csv adds it to a text that already begins so ({@code '-'}
     * becomes {@code ''-'}), so every text it writes reads back as it was.
     */
    public String value(String column) {
      Integer i = columns.get(column);
      String v = i == null ? "" : values.get(i);
      int quotes = 0;
      while (quotes < v.length() && v.charAt(quotes) == '\'') quotes++;
      return quotes > 0 && quotes < v.length() && "=+-@\t\r".indexOf(v.charAt(quotes)) >= 0 ? v.substring(1) : v;
    }

    /** Where the field of {@code column} starts (its opening quote, if quoted); the row's start without that column. */
    public Position pos(String column) {
      Integer i = columns.get(column);
      return at(starts[i == null ? 0 : i]);
    }

    /**
     * Where character {@code index} of {@link #value(String) value(column)} is, such as one id of a list: in a
     * quoted field, past its opening quote and one character further for each doubled quote before it (a line
     * break inside the field moves to the next line); the row's start without that column.
     */
    public Position pos(String column, int index) {
      Integer i = columns.get(column);
      if (i == null) return pos();
      // value() may have dropped a formula's mark quote: count it back in
      int skip = values.get(i).length() - value(column).length() + index;
      int p = starts[i];
      if (p < text.length() && text.charAt(p) == '"') {
        p++;
        for (int k = 0; k < skip && p < text.length(); k++) p += text.charAt(p) == '"' ? 2 : 1;
      } else {
        p += skip;
      }
      return at(Math.min(p, text.length()));
    }

    /** Where the row starts. */
    public Position pos() {
      return at(starts[0]);
    }

    /** The line the row starts on. */
    public int line() {
      return pos().line();
    }
  }

  private CsvTable(String path, String text, int[] lineStarts, Map<String, Integer> columns) {
    this.path = path;
    this.text = text;
    this.lineStarts = lineStarts;
    this.columns = columns;
    this.rows = new ArrayList<>();
  }

  public String path() {
    return path;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Whether the header names {@code column}. */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * Parses {@code text} (line feeds only, as the load stage makes every text) of {@code path}; {@code known}
   * are the columns the file may have, in documented order, {@code required} those it must have. Empty after
   * an error about the header or the syntax; a ragged row is reported and left out.
   */
  public static Optional<CsvTable> parse(String path, String text, List<String> known, List<String> required, Diagnostics diags) {
    CsvTable table = new CsvTable(path, text, lineStarts(text), new HashMap<>());
    String example = String.join(",", known);
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      List<String> header = null;
      for (CSVRecord r : parser) {
        int[] starts = table.fieldStarts((int) r.getCharacterPosition(), r.size());
        List<String> values = table.stripped(r.toList(), starts);
        if (header == null) {
          header = values;
          if (!CsvHeader.read(path, header, i -> table.at(starts[i]), known, required, table.columns, diags)) {
            return Optional.empty();
          }
        } else if (r.size() != header.size()) {
          table.ragged(r.size(), header.size(), starts, diags);
        } else {
          table.rows.add(table.new Row(values, starts));
        }
      }
      if (header == null) {
        diags.error(path, 1, 1, "empty file: the first line must be the header `" + example + "`, then one row per line");
        return Optional.empty();
      }
    } catch (UncheckedIOException | IOException e) {
      table.syntax(e, diags);
      return Optional.empty();
    }
    return Optional.of(table);
  }

  private void ragged(int size, int expected, int[] starts, Diagnostics diags) {
    if (size > expected) {
      diags.error(at(starts[expected]), "this row has " + size + " fields but the header has " + expected
          + ": remove the extra ones, or quote a field that holds a comma (\"a, b\")");
    } else {
      diags.error(at(end(starts[size - 1])), "this row has " + size + (size == 1 ? " field" : " fields") + " but the header has "
          + expected + ": add the missing ones, empty if need be (a row ends `,,` for two empty fields)");
    }
  }

  /** A syntax error of Commons CSV, at the offset or line its message gives. */
  private void syntax(Exception e, Diagnostics diags) {
    String message = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : e.getMessage();
    Matcher offset = AT_OFFSET.matcher(message);
    Matcher line = AT_LINE.matcher(message);
    if (offset.find()) {
      // the offset counts the characters read, the offending one included
      diags.error(at(Math.max(0, Math.min(text.length(), Integer.parseInt(offset.group(1)) - 1))),
          "a quoted field must end at its closing quote: write a quote inside it twice (\"say \"\"hi\"\"\") and put a comma"
              + " or the line's end right after the closing one");
    } else if (line.find()) {
      int l = Math.min(lineStarts.length, Math.max(1, Integer.parseInt(line.group(1))));
      diags.error(at(unclosedQuote(lineStarts[l - 1])), "this quoted field is never closed: add its closing quote (\"), and"
          + " write a quote inside a field twice (\"\")");
    } else {
      diags.error(path, 1, 1, "not readable as CSV: " + message);
    }
  }

  /** The opening quote of the field that runs to the end of the text, in the record starting at {@code p}. */
  private int unclosedQuote(int p) {
    while (p < text.length()) {
      int end = end(p);
      if (end >= text.length() && text.charAt(p) == '"') return p;
      p = end + 1;
    }
    return Math.min(p, text.length());
  }

  /**
   * {@code values} with each unquoted field stripped of the spaces and tabs around it, and {@code starts} moved
   * past the leading ones (in place), so positions name the field's first character.
   */
  private List<String> stripped(List<String> values, int[] starts) {
    List<String> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (starts[i] < text.length() && text.charAt(starts[i]) == '"') {
        out.add(v);
        continue;
      }
      String s = v.strip();
      if (!s.isEmpty()) starts[i] += v.indexOf(s.charAt(0));
      out.add(s);
    }
    return out;
  }

  /** The offset where each of the record's {@code size} fields starts, the record starting at {@code start}. */
  private int[] fieldStarts(int start, int size) {
    int[] out = new int[Math.max(1, size)];
    int p = start;
    for (int i = 0; i < size; i++) {
      out[i] = p;
      p = end(p);
      if (p < text.length() && text.charAt(p) == ',') p++;
    }
    return out;
  }

  /** The offset just after the field starting at {@code p}: at its delimiter, line end or the end of the text. */
  private int end(int p) {
    int n = text.length();
    if (p < n && text.charAt(p) == '"') {
      p++;
      while (p < n) {
        if (text.charAt(p) == '"') {
          if (p + 1 < n && text.charAt(p + 1) == '"') p += 2;
          else return p + 1;
        } else {
          p++;
        }
      }
      return n;
    }
    while (p < n && text.charAt(p) != ',' && text.charAt(p) != '\n' && text.charAt(p) != '\r') p++;
    return p;
  }

  /** The position of character {@code offset}: a binary search of the line starts, then code points to the column. */
  private Position at(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    return new Position(path, line + 1, Character.codePointCount(text, lineStarts[line], offset) + 1);
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
    int[] out = new int[count];
    int k = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') out[k++] = i + 1;
    return out;
  }
}
