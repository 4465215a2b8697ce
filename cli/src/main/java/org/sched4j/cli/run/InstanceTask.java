package org.sched4j.cli.run;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.problem.ProblemSupport;
import org.sched4j.cli.problem.ProblemSupports;
import org.sched4j.instances.BestKnown;

/**
 * An instance ready to solve, with the best known bounds that score it.
 *
 * @param name      the instance's name ({@code ta01}), which matches {@code bks.csv} rows
 * @param source    the file it was read from, as given, or {@code generated}
 * @param type      its problem type
 * @param instance  the instance
 * @param bestKnown the best known bounds, {@link BestKnown#unknown} when none are known
 * @param <P>       the problem (instance) class of {@code type}
 * @param <S>       the solution class of {@code type}
 */
public record InstanceTask<P, S>(String name, String source, ProblemType<P, S> type, P instance, BestKnown bestKnown)
        implements BatchEntry {

    public InstanceTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bestKnown, "bestKnown");
        type.castProblem(instance); // a raw caller may pass anything: fail here, not in the solver
    }

    /** What the command line knows about the instance's problem, if anything. */
    public Optional<ProblemSupport<P, S>> support() {
        return ProblemSupports.of(type);
    }

    /** The instance's size in words: {@code 15 jobs x 15 machines} for a job shop; the problem's name if unknown. */
    public String size() {
        return support().map(support -> support.size(instance)).orElse(type.name());
    }

    /** The instance's size class ({@code 15x15}, {@code j30}); the problem's name if unknown. */
    public String sizeClass() {
        return support().map(support -> support.sizeClass(instance)).orElse(type.name());
    }

    /** The reference bound of its problem's deviation column ({@link ProblemSupport#deviationBaseline}), if any. */
    public OptionalDouble deviationBaseline() {
        return support().map(support -> support.deviationBaseline(instance)).orElse(OptionalDouble.empty());
    }
}
