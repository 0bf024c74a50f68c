package dev.versus.config;

/**
 * One level of a {@link Scale}; {@code rank} 0 is the best, as the scale lists them, and
 * {@code scale} names the scale it belongs to (level keys are unique only within a scale).
 */
public record Level(String key, String label, String symbol, String meaning, int rank, String scale) {}
