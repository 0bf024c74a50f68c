package dev.versus.model;

/** An article section that links a criterion or subject: the "Discussed in" entries. */
public record Backlink(String article, String articleTitle, String sectionId, String sectionTitle, String excerpt) {}
