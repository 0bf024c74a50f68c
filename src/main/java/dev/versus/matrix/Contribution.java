package dev.versus.matrix;

import dev.versus.model.Criterion;

/**
 * What one criterion does to one subject's score under a profile: its {@code weight}, the cell's
 * {@code points} (0 to 1, see {@link Points}), the share of 100 it {@code gained} and the share it
 * {@code lost} (would have gained with the best answer); {@code disputed} when the cell is disputed.
 */
public record Contribution(Criterion criterion, double weight, double points, double gained, double lost, boolean disputed) {}
