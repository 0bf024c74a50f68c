package dev.versus.matrix;

import dev.versus.config.Group;
import java.util.List;

/** The rows of one group, in the group order of site.yaml. */
public record RowGroup(Group group, List<Row> rows) {}
