package dev.versus.cli;

import dev.versus.render.Paper;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --paper} and {@code --pdf-parts} options of the commands that make the PDF. */
final class PaperOption {
  /** The paper when {@code --paper} is not given. */
  static final String PAPER = "a4";

  @Option(names = "--paper", paramLabel = "SIZE", defaultValue = PAPER, converter = Converter.class,
      description = "Paper of the print view and the PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
  Paper paper;

  @Option(names = "--pdf-parts", description = "When the print view is split in volumes (a table too big for one page), "
      + "also write one PDF per volume, guide-<group>.pdf (implies --pdf).")
  boolean parts;

  /** Accepts the sizes as people write them: a4, A4, letter, Letter. */
  static final class Converter implements ITypeConverter<Paper> {
    @Override
    public Paper convert(String value) {
      return Paper.named(value).orElseThrow(() -> new TypeConversionException("unknown paper `" + value + "`: use a4 or letter"));
    }
  }
}
