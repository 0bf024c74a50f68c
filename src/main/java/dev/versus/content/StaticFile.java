package dev.versus.content;

import java.nio.file.Path;

/** A file to publish as is: its URL path below the site root and where it lives on disk. */
public record StaticFile(String urlPath, Path file) {}
