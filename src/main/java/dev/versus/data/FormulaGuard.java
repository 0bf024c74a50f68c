package dev.versus.data;

/**
 * Keeps a spreadsheet from running a compare.csv cell as a formula, per OWASP's "CSV Injection" advice: a
 * text cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading single quote, which Excel, LibreOffice Calc and Google Sheets read as "this is text" (the kind of
 * fault of hhurz/tableExport.jquery.plugin#230). Only text cells go through it: a number Versus writes
 * itself (a value's plain digits, a count) keeps its minus sign, since it is a number and can hold no formula.
 * A text that already begins with single quotes before such a character ({@code '-' means none}) gets one
 * more, so that the reader of a {@code data/cells.csv}, which drops one quote there, gives the text back as
 * written and compare.csv round-trips every text; a spreadsheet shows it with its own quote, as written.
 */
final class FormulaGuard {
  private FormulaGuard() {}

  /** {@code cell} as a spreadsheet shows it as text: quoted when its first character would start a formula. */
  static String text(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') i++;
    return i < cell.length() && "=+-@\t\r".indexOf(cell.charAt(i)) >= 0 ? "'" + cell : cell;
  }
}
