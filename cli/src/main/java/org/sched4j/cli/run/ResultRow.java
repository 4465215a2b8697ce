package org.sched4j.cli.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.instances.BestKnown;

/**
 * One result row: an instance solved by one solver, or an instance that failed. Unknown numbers are {@code NaN} and
 * print as empty cells.
 *
 * @param instance    the instance's name
 * @param problem     the problem type's name, empty when unknown (a file whose format could not be told)
 * @param solver      the solver's id
 * @param status      {@code OPTIMAL}, {@code FEASIBLE}, {@code INFEASIBLE}, {@code UNKNOWN} (see
 *                    {@link org.sched4j.api.SolveStatus}) or {@link #ERROR}
 * @param objective   the objective recomputed by the evaluator, {@code NaN} without a solution
 * @param lowerBound  the best bound the solver proved, {@code NaN} when it proved none
 * @param bestKnown   the best known objective the gap is measured against, {@code NaN} when unknown
 * @param gapPercent  the gap to {@code bestKnown} in percent, positive when worse, negative for a new record
 *                    ({@link org.sched4j.api.ObjectiveSense#gapPercent}), {@code NaN} when either is unknown
 * @param valid       the evaluator's verdict: true when there is a solution and it is feasible
 * @param timeSeconds the solver's wall time in seconds, {@code NaN} for an error
 * @param violations  the evaluator's violations of the solution, empty when valid or without a solution
 * @param solution    the solution as the JSON output writes it, {@code null} when there is none
 * @param message     what went wrong for an {@code ERROR} row, {@code null} otherwise
 * @param measures    the problem's own measures of the solution ({@link org.sched4j.cli.problem.ProblemSupport#measures}), by
 *                    name; empty without a solution or when the problem has none
 */
public record ResultRow(String instance, String problem, String solver, String status, double objective,
                        double lowerBound, double bestKnown, double gapPercent, boolean valid, double timeSeconds,
                        List<String> violations, SolutionJson solution, String message,
                        Map<String, Double> measures) {

    /** The status of a row whose instance could not be read or whose solver failed. */
    public static final String ERROR = "ERROR";

    /** The CSV header, column by column. */
    public static final List<String> HEADER = List.of("instance", "problem", "solver", "status", "objective",
            "lower_bound", "best_known", "gap_percent", "valid", "time_seconds");

    public ResultRow {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(status, "status");
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(measures, "measures")));
        if (ERROR.equals(status) && message == null) {
            throw new IllegalArgumentException("an ERROR row needs a message");
        }
    }

    /** The row of a solver's result for {@code task}, the gap measured against the task's best known objective. */
    public static <P, S> ResultRow of(InstanceTask<P, S> task, SolveResult<S> result) {
        ProblemType<P, S> type = task.type();
        double best = task.bestKnown().upperBound();
        double objective = result.objective();
        List<String> violations = result.evaluation() == null ? List.of() : result.evaluation().violations();
        S solved = result.solution();
        SolutionJson solution = solved == null ? null : mapper -> task.support()
                .map(support -> support.solutionJson(task.instance(), solved, mapper))
                .orElseGet(() -> mapper.valueToTree(solved));
        Map<String, Double> measures = solved == null ? Map.of() : task.support()
                .map(support -> support.measures(task.instance(), solved, violations)).orElse(Map.of());
        return new ResultRow(task.name(), type.name(), result.solverId(), result.status().name(), objective,
                result.bound(), best, type.sense().gapPercent(objective, best), result.isValid(),
                result.wallTime().toNanos() / 1e9, violations, solution, null, measures);
    }

    /** An {@code ERROR} row: only the instance, the problem (if known), the solver and the message. */
    public static ResultRow error(String instance, String problem, String solver, String message) {
        return new ResultRow(instance, problem, solver, ERROR, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                false, Double.NaN, List.of(), null, Objects.requireNonNull(message, "message"), Map.of());
    }

    /** Returns true when this row counts as a success for the exit code: a valid solution. */
    public boolean succeeded() {
        return valid;
    }

    /** Returns true for an {@code ERROR} row. */
    public boolean isError() {
        return ERROR.equals(status);
    }

    /**
     * Whether the solution is proven or known to be optimal: the solver says {@code OPTIMAL}, or the objective
     * reaches the best known bound that is proven ({@code bounds}' lower bound when minimising; a closed instance's
     * best known objective otherwise).
     */
    public boolean reachesOptimum(BestKnown bounds, ProblemType<?, ?> type) {
        if (!valid) {
            return false;
        }
        if (SolveStatus.OPTIMAL.name().equals(status)) {
            return true;
        }
        if (bounds.isClosed() && objective == bounds.upperBound()) {
            return true;
        }
        return type.sense() == ObjectiveSense.MINIMIZE && bounds.hasLowerBound()
                && objective <= bounds.lowerBound();
    }
}
