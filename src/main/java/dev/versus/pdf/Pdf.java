package dev.versus.pdf;

/** A made PDF: its bytes and its number of pages. */
public record Pdf(byte[] bytes, int pages) {}
