package org.sched4j.cli.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.bench.Suite;
import org.sched4j.cli.gantt.ChartCaption;

/**
 * What the command line knows about one problem type beyond the solver API: how to describe an instance's size, how
 * to draw a solution, how to write it as JSON, and which benchmark suites exist. One implementation per problem type,
 * registered with {@link java.util.ServiceLoader} in {@code META-INF/services/org.sched4j.cli.problem.ProblemSupport};
 * adding a problem never edits a switch elsewhere in the command line. Look them up with {@link ProblemSupports}.
 *
 * @param <P> the problem (instance) class of {@link #type()}
 * @param <S> the solution class of {@link #type()}
 */
public interface ProblemSupport<P, S> {

    /** The problem type this describes. */
    ProblemType<P, S> type();

    /** The instance's size in words ({@code 15 jobs x 15 machines}). */
    String size(P instance);

    /** The instance's size class for benchmark summaries ({@code 15x15}, {@code j30}); by default its size. */
    default String sizeClass(P instance) {
        return size(instance);
    }

    /**
     * An SVG chart of a valid solution, or empty (the default) when the problem has no chart.
     *
     * @param solution a solution valid for {@code instance}
     */
    default Optional<String> chart(P instance, S solution, ChartCaption caption) {
        return Optional.empty();
    }

    /**
     * The solution as JSON for {@code --output results.json}; by default as Jackson writes the solution record. The
     * instance is there for problems whose JSON names things the solution only numbers (pod packing names pods and
     * nodes).
     */
    default JsonNode solutionJson(P instance, S solution, ObjectMapper mapper) {
        return mapper.valueToTree(solution);
    }

    /**
     * The title of an extra bench-table column, the mean deviation of the objective from a reference bound computed
     * from the instance itself (RCPSP: {@code dev CPB}, the deviation from the critical-path bound); empty (the
     * default) for no such column.
     */
    default Optional<String> deviationBaselineTitle() {
        return Optional.empty();
    }

    /** The reference bound of {@link #deviationBaselineTitle()} for {@code instance}; empty when there is none. */
    default OptionalDouble deviationBaseline(P instance) {
        return OptionalDouble.empty();
    }

    /** The benchmark suites of this problem over the public instances folder, in a stable order. */
    /**
     * The solution as something to apply to the system it plans, in the form {@code kind} names ({@code yaml} for
     * objects to apply, {@code sh} for a script), for {@code --output plan.yaml}; empty (the default) when the problem
     * has no such form.
     *
     * @throws IllegalArgumentException when the solution cannot be applied safely (its dry run fails)
     */
    default Optional<String> applicablePlan(P instance, S solution, String kind) {
        return Optional.empty();
    }

    default List<Suite> suites() {
        return List.of();
    }
}
