package dev.versus.content;

/** A heading of a rendered body: its level, anchor id and plain text. */
public record Heading(int level, String id, String text) {}
