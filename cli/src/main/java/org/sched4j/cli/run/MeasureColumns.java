package org.sched4j.cli.run;

import java.util.List;
import java.util.Optional;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.problem.ProblemSupport;
import org.sched4j.cli.problem.ProblemSupports;

/**
 * Which of the problems' own result columns ({@link ProblemSupport#measureNames}) a batch's CSV carries: those of its
 * problem when every instance that could be read is of one problem, none when the batch mixes problems (then the CSV
 * keeps exactly the standard header).
 */
public final class MeasureColumns {

    private MeasureColumns() {
    }

    /** The measure columns of a batch of {@code entries}; files that could not be read do not count. */
    public static List<String> of(List<BatchEntry> entries) {
        List<ProblemType<?, ?>> types = entries.stream().filter(entry -> entry instanceof InstanceTask<?, ?>)
                .<ProblemType<?, ?>>map(entry -> ((InstanceTask<?, ?>) entry).type()).distinct().toList();
        if (types.size() != 1) {
            return List.of();
        }
        return of(types.getFirst());
    }

    /** The measure columns of {@code type}'s support, none when it has no support. */
    public static List<String> of(ProblemType<?, ?> type) {
        Optional<? extends ProblemSupport<?, ?>> support = ProblemSupports.of(type);
        return support.map(ProblemSupport::measureNames).orElse(List.of());
    }
}
