package dev.versus.i18n;

import dev.versus.content.FrontMatter;
import dev.versus.content.SourceText;
import dev.versus.content.YNode;
import dev.versus.content.YamlParser;
import dev.versus.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The i18n files of the theme chain as the load stage read them ({@code i18n/<language>.yaml} of the
 * guide, of a {@code --theme} folder and of the built-in theme, in that order), each parsed with its
 * positions. {@link #resolve} merges them for the site's language into the {@link UiStrings} the
 * render stage reads; Hugo merges a site's and a theme's files the same way
 * ({@code langs/i18n/translationProvider.go}).
 *
 * @param layers one per folder of the chain, the guide's first and the built-in theme's last
 */
public record I18nFiles(List<Layer> layers) {
  /** The file every theme has: the keys and their English text. */
  static final String DEFAULT_LANGUAGE = "en";

  /**
   * One folder's files by language ({@code en}, {@code fr}).
   *
   * @param guide whether these are the guide's own (checked against the theme's keys)
   */
  public record Layer(boolean guide, Map<String, YNode.Map> files) {}

  /**
   * Reads {@code i18n/*.yaml} of each root of the theme chain: {@code roots.get(0)} is the guide's
   * folder, whose files are named relative to it in messages; the others (a theme) are named in full.
   * A file that is not UTF-8 or not YAML is an error at its position (and left out).
   */
  public static I18nFiles read(List<Path> roots, Diagnostics diags) {
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      Path dir = roots.get(i).resolve("i18n");
      Map<String, YNode.Map> files = new TreeMap<>();
      for (Path file : yamlFiles(dir)) {
        String name = file.getFileName().toString();
        String shown = i == 0 ? "i18n/" + name : file.toString();
        parse(shown, file, diags).ifPresent(root -> files.put(name.substring(0, name.length() - ".yaml".length()), root));
      }
      layers.add(new Layer(i == 0 && roots.size() > 1, files));
    }
    return new I18nFiles(List.copyOf(layers));
  }

  private static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<YNode.Map> parse(String shown, Path file, Diagnostics diags) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diags.error(shown, 1, 1, "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    Optional<YNode> root = SourceText.decode(shown, bytes, diags).map(FrontMatter::lineFeeds)
        .flatMap(text -> YamlParser.parse(shown, text, 1, diags));
    if (root.isEmpty()) return Optional.empty();
    if (root.get() instanceof YNode.Map m) return Optional.of(m);
    diags.error(root.get().pos(), "an i18n file is a map of `key: \"text\"` lines, found " + root.get().kind());
    return Optional.empty();
  }

  /**
   * The strings for a site written in {@code language} (a BCP 47 tag such as {@code en}, {@code pt-BR}):
   * each key from the first file that has it, files of the language itself before its primary
   * language ({@code pt}) before English, and within one language the guide before a {@code --theme}
   * before the built-in theme. A guide's key that no theme has and a plural form other than {@code one}
   * and {@code other} are warnings; a value that is not text, and a guide's placeholder or plural
   * forms the templates cannot fill, are errors.
   */
  public UiStrings resolve(String language, Diagnostics diags) {
    // the themes' files first: their keys are the ones a guide may reword
    Map<String, UiStrings.Message> reference = new LinkedHashMap<>();
    List<Map<String, Map<String, UiStrings.Message>>> read = new ArrayList<>();
    for (Layer l : layers) {
      Map<String, Map<String, UiStrings.Message>> byLanguage = new TreeMap<>();
      if (!l.guide()) l.files().forEach((lang, f) -> byLanguage.put(lang, messages(f, diags, null)));
      byLanguage.values().forEach(m -> m.forEach(reference::putIfAbsent));
      read.add(byLanguage);
    }
    for (int i = 0; i < layers.size(); i++) {
      Map<String, Map<String, UiStrings.Message>> byLanguage = read.get(i);
      if (layers.get(i).guide()) layers.get(i).files().forEach((lang, f) -> byLanguage.put(lang, messages(f, diags, reference)));
    }
    Map<String, UiStrings.Message> merged = new LinkedHashMap<>();
    for (String lang : candidates(language)) {
      read.forEach(layer -> layer.getOrDefault(lang, Map.of()).forEach(merged::putIfAbsent));
    }
    return new UiStrings(merged);
  }

  /** The languages whose files are read, most specific first: {@code pt-BR}, {@code pt}, {@code en}. */
  static List<String> candidates(String language) {
    List<String> out = new ArrayList<>();
    out.add(language);
    int dash = language.indexOf('-');
    if (dash > 0) out.add(language.substring(0, dash));
    out.add(DEFAULT_LANGUAGE);
    return out.stream().distinct().toList();
  }

  /** The strings of one file; with {@code known}, a guide's file checked against the theme's keys and placeholders. */
  private static Map<String, UiStrings.Message> messages(YNode.Map file, Diagnostics diags, Map<String, UiStrings.Message> known) {
    Map<String, UiStrings.Message> out = new LinkedHashMap<>();
    file.entries().forEach((key, entry) -> {
      if (known != null && !known.containsKey(key)) {
        diags.warning(entry.key().pos(), "unknown UI string `" + key + "` is ignored" + dev.versus.diag.Suggest.didYouMean(key, known.keySet())
            + "; the theme's i18n/en.yaml lists every key a guide may reword");
        return;
      }
      Messages.read(key, entry.value(), diags)
          .filter(m -> known == null || Messages.fits(key, entry.value(), m, known.get(key), diags))
          .ifPresent(m -> out.put(key, m));
    });
    return out;
  }
}
