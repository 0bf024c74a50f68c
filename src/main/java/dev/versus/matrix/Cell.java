package dev.versus.matrix;

import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.util.Optional;

/**
 * One subject's verdict on one criterion; empty when the author gave none (a warning).
 * {@code leads} when it is among the best cells of a row where not all subjects tie.
 */
public record Cell(Subject subject, Optional<Verdict> verdict, boolean leads) {}
