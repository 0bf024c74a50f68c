package dev.versus.web;

import java.nio.file.Path;

/**
 * One file of the built site: its path below the output root, and either rendered bytes or a
 * file to copy as is. {@code kind} names the page kind for the build summary ("asset" for copies).
 */
public record Output(String path, String kind, byte[] bytes, Path copyOf) {

  public static Output page(String path, String kind, String text) {
    return new Output(path, kind, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
  }

  public static Output copy(String path, Path file) {
    return new Output(path, "asset", null, file);
  }
}
