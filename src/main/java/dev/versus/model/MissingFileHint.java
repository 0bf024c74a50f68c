package dev.versus.model;

import dev.versus.diag.Suggest;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The hint after "which does not exist" for a link or image to a missing file: the file of the
 * target's folder whose name is closest, names compared without folder and extension. Whole paths
 * are never compared: two files of one folder share most of their letters, which made
 * {@code criteria/window.md} look close to {@code criteria/price.md}. A folder that does not exist is
 * looked for among the folders that do ({@code critera/} for {@code criteria/}).
 */
final class MissingFileHint {
  private MissingFileHint() {}

  /**
   * "; did you mean `criteria/sweetness.md`?", or a sentence naming the folder that has no close name,
   * for {@code missing} (a path from the guide's folder) among {@code files} (every path there).
   */
  static String of(String missing, Collection<String> files) {
    String folder = folderOf(missing);
    Map<String, List<String>> byFolder = files.stream()
        .collect(Collectors.groupingBy(MissingFileHint::folderOf, TreeMap::new, Collectors.toList()));
    String where = folder;
    if (!byFolder.containsKey(folder)) {
      Optional<String> other = Suggest.closest(folder, byFolder.keySet());
      if (other.isEmpty()) return "; there is no folder " + folder;
      where = other.get();
    }
    String stem = stem(missing.substring(folder.length()));
    Map<String, String> byStem = new LinkedHashMap<>();
    // a file with the link's extension wins its stem: `cup.png` finds `cup.png` before `cup.svg`
    String ext = missing.substring(folder.length() + stem.length());
    byFolder.get(where).stream()
        .sorted(Comparator.comparing((String f) -> !f.endsWith(ext)).thenComparing(Comparator.naturalOrder()))
        .forEach(f -> byStem.putIfAbsent(stem(f.substring(folderOf(f).length())), f));
    Optional<String> close = Suggest.closest(stem, byStem.keySet());
    if (close.isPresent()) return "; did you mean `" + byStem.get(close.get()) + "`?";
    if (!where.equals(folder)) return "; there is no folder " + folder + "; did you mean " + where + "?";
    return "; nothing in " + (folder.isEmpty() ? "the guide's top folder" : folder) + " has a name close to `" + stem + "`";
  }

  /** {@code criteria/} for {@code criteria/orm.md}; "" for a file at the top. */
  private static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** The name without its extension: {@code orm} for {@code orm.md}. */
  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
