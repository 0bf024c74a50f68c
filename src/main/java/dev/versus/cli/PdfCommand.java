package dev.versus.cli;

import dev.versus.web.Routes;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code versus pdf}: the site and the whole guide as one PDF, {@code guide.pdf}; the same as {@code build --pdf}. */
@Command(name = "pdf", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Build the guide and write it as one PDF, OUT/guide.pdf, made from the print view "
        + "(OUT/print/); the same as `build --pdf`, so the home page links the PDF.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:built", "1:content errors (each printed as file:line:col), or a failure (one line: its cause)", "2:usage error"})
final class PdfCommand implements Callable<Integer> {
  @Mixin
  SourceOptions options;

  @Mixin
  PaperOption paper;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return BuildCommand.run(options.toOptions(Optional.of(paper.paper), paper.parts),
        "built " + options.out + " with " + options.out.resolve(Routes.PDF), false, spec);
  }
}
