package dev.versus.config;

/** A support level a verdict may use; {@code rank} 0 is the best, as the legend lists them. */
public record Level(String key, String label, String symbol, String meaning, int rank) {}
