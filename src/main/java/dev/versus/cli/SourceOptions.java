package dev.versus.cli;

import dev.versus.config.BaseUrl;
import dev.versus.pipeline.BuildOptions;
import dev.versus.render.Paper;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options shared by the commands that build: where the guide is, where it goes, and how. */
final class SourceOptions {
  @Option(names = "--source", paramLabel = "DIR", description = "The guide's folder (default: ./content when it exists, else the current folder when it holds site.yaml).")
  Path source;

  /** The output folder when {@code --out} is not given. */
  static final String OUT = "site";

  @Option(names = "--out", paramLabel = "DIR", defaultValue = OUT,
      description = "The output folder (default: ${DEFAULT-VALUE}): build and pdf write the site there; check writes nothing, "
          + "it only checks that Versus may write there (not a foreign, non-empty folder).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlOption.class,
      description = "Overrides site.yaml's base_url, e.g. https://example.org/guide/.")
  String baseUrl;

  /** {@code --base-url} as site.yaml's {@code base_url} is checked: anything else is a usage error saying the accepted forms. */
  static final class BaseUrlOption implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String url = value.strip();
      BaseUrl.problem(url).ifPresent(p -> {
        throw new TypeConversionException(p);
      });
      return url;
    }
  }

  @Option(names = "--drafts", description = "Publish articles marked `draft: true`.")
  boolean drafts;

  @Option(names = "--theme", paramLabel = "DIR", description = "A theme folder (templates/, static/) used before the built-in theme.")
  Path theme;

  BuildOptions toOptions() {
    return toOptions(Optional.empty());
  }

  /** The same options, also making {@code guide.pdf} on the given paper when {@code pdf} is present. */
  BuildOptions toOptions(Optional<Paper> pdf) {
    return toOptions(pdf, false);
  }

  /** As above; {@code pdfParts} also makes one PDF per volume of a split print view. */
  BuildOptions toOptions(Optional<Paper> pdf, boolean pdfParts) {
    return new BuildOptions(GuideFolder.orFind(source), out, Optional.ofNullable(baseUrl), drafts, GuideFolder.theme(theme), pdf,
        pdfParts);
  }
}
