package dev.versus.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Pebble loader over the {@link Theme} chain; works for folders on disk and inside the jar alike. */
final class ThemeLoader implements Loader<String> {
  private final Theme theme;

  ThemeLoader(Theme theme) {
    this.theme = theme;
  }

  @Override
  public Reader getReader(String name) {
    Path p = theme.template(name).orElseThrow(() -> new Missing(name));
    try {
      // a template saved with CR or CRLF line ends keeps its line numbers in Pebble's messages
      return new java.io.StringReader(dev.versus.content.FrontMatter.lineFeeds(Files.readString(p, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new LoaderException(e, "cannot read template " + p);
    }
  }

  /** A template no root of the theme chain has; the renderer reports it at the tag that asked for it. */
  static final class Missing extends LoaderException {
    final String name;

    Missing(String name) {
      super(null, "template `" + name + "` not found");
      this.name = name;
    }
  }

  @Override
  public void setCharset(String charset) {}

  @Override
  public void setPrefix(String prefix) {}

  @Override
  public void setSuffix(String suffix) {}

  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    return relativePath;
  }

  @Override
  public String createCacheKey(String templateName) {
    return templateName;
  }

  @Override
  public boolean resourceExists(String templateName) {
    return theme.template(templateName).isPresent();
  }
}
