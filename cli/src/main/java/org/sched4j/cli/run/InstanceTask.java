package org.sched4j.cli.run;

import java.util.Objects;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.problem.ProblemSupports;
import org.sched4j.instances.BestKnown;

/**
 * An instance ready to solve, with the best known bounds that score it.
 *
 * @param name      the instance's name ({@code ta01}), which matches {@code bks.csv} rows
 * @param source    the file it was read from, as given, or {@code generated}
 * @param type      its problem type
 * @param instance  the instance, of {@code type}'s problem class
 * @param bestKnown the best known bounds, {@link BestKnown#unknown} when none are known
 */
public record InstanceTask(String name, String source, ProblemType<?, ?> type, Object instance, BestKnown bestKnown)
        implements BatchEntry {

    public InstanceTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bestKnown, "bestKnown");
        type.castProblem(instance); // throws when the instance is not of the type's problem class
    }

    /** The instance's size in words: {@code 15 jobs x 15 machines} for a job shop. */
    public String size() {
        return ProblemSupports.of(type).map(support -> support.size(instance)).orElse(type.name());
    }
}
