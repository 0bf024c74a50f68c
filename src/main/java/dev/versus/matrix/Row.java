package dev.versus.matrix;

import dev.versus.model.Criterion;
import java.util.List;

/** A criterion across the chosen subjects; {@code differs} when the cells do not all share one level. */
public record Row(Criterion criterion, List<Cell> cells, boolean differs) {}
