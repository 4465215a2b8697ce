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
 */
public interface ProblemSupport {

    /** The problem type this describes. */
    ProblemType<?, ?> type();

    /**
     * The instance's size in words ({@code 15 jobs x 15 machines}).
     *
     * @param instance an instance of {@link #type()}'s problem class
     */
    String size(Object instance);

    /**
     * The instance's size class for benchmark summaries ({@code 15x15}, {@code j30}).
     *
     * @param instance an instance of {@link #type()}'s problem class
     */
    default String sizeClass(Object instance) {
        return size(instance);
    }

    /**
     * An SVG chart of a valid solution, or empty when the problem has no chart.
     *
     * @param instance an instance of {@link #type()}'s problem class
     * @param solution a solution of {@link #type()}'s solution class, valid for {@code instance}
     */
    default Optional<String> chart(Object instance, Object solution, ChartCaption caption) {
        return Optional.empty();
    }

    /** The solution as JSON for {@code --output results.json}; by default as Jackson writes the record. */
    default JsonNode solutionJson(Object solution, ObjectMapper mapper) {
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

    /**
     * The reference bound of {@link #deviationBaselineTitle()} for {@code instance}; empty when there is none.
     *
     * @param instance an instance of {@link #type()}'s problem class
     */
    default OptionalDouble deviationBaseline(Object instance) {
        return OptionalDouble.empty();
    }

    /**
     * The solution as a result row keeps it for {@link #solutionJson}: by default the solution itself; a problem
     * whose JSON needs the instance too (pod packing names pods and nodes) returns an object holding both.
     *
     * @param instance an instance of {@link #type()}'s problem class
     * @param solution a solution of {@link #type()}'s solution class for {@code instance}
     */
    default Object solutionForOutput(Object instance, Object solution) {
        return solution;
    }

    /** The benchmark suites of this problem over the public instances folder, in a stable order. */
    default List<Suite> suites() {
        return List.of();
    }
}
