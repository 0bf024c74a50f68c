package dev.versus.config;

/** A row group of the matrix, in the order site.yaml lists them. */
public record Group(String key, String title) {}
