package dev.versus.matrix;

import dev.versus.model.Subject;

/**
 * One subject's standing over a whole matrix, for the home page: on how many criteria it
 * {@code leads} (its cell is among the leading cells of a contested row) and on how many all
 * subjects are {@code level}. Text criteria count as neither.
 */
public record Tally(Subject subject, int leads, int level) {}
