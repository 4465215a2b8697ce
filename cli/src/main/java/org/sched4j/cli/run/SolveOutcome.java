package org.sched4j.cli.run;

import java.util.Objects;

/**
 * The row one solver produced for one batch entry, with the entry it came from (for summaries by group and by bound).
 *
 * @param entry the instance, or the file that could not be read
 * @param row   the result row
 */
public record SolveOutcome(BatchEntry entry, ResultRow row) {

    public SolveOutcome {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(row, "row");
    }
}
