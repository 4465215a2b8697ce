package org.sched4j.api;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a solver returns: the status, the best solution, the evaluator's verdict on it, the best proven bound, the
 * wall time, the time to the best solution, and engine statistics.
 *
 * <p>Results are built with {@link #builder}, which always runs the problem type's evaluator: {@link #objective()}
 * is the evaluator's objective, never the engine's claim. A claim that differs from the evaluator, or a bound
 * beyond the objective, is a solver defect and fails with {@link SolverDefectException}. An infeasible solution is
 * kept with {@link #isValid()} false so that callers can report it.
 *
 * @param <S> the solution type
 */
public final class SolveResult<S> {

    private final String solverId;
    private final SolveStatus status;
    private final S solution;
    private final Evaluation evaluation;
    private final double bound;
    private final Duration wallTime;
    private final Duration timeToBest;
    private final Map<String, Number> statistics;

    private SolveResult(String solverId, SolveStatus status, S solution, Evaluation evaluation, double bound,
                        Duration wallTime, Duration timeToBest, Map<String, Number> statistics) {
        this.solverId = solverId;
        this.status = status;
        this.solution = solution;
        this.evaluation = evaluation;
        this.bound = bound;
        this.wallTime = Objects.requireNonNull(wallTime, "wallTime");
        this.timeToBest = timeToBest;
        this.statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
    }

    /** The id of the solver that returned this result. */
    public String solverId() {
        return solverId;
    }

    /** See {@link SolveStatus}. */
    public SolveStatus status() {
        return status;
    }

    /** The best solution, {@code null} when the status has none; see {@link #bestSolution()}. */
    public S solution() {
        return solution;
    }

    /** The evaluator's verdict on the solution, {@code null} when there is no solution. */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** The best proven bound on the optimum (a lower bound when minimising), {@code NaN} when none. */
    public double bound() {
        return bound;
    }

    /** The time the solve took. */
    public Duration wallTime() {
        return wallTime;
    }

    /** The time at which the returned solution was found ({@link Duration#ZERO} when none). */
    public Duration timeToBest() {
        return timeToBest;
    }

    /** Engine statistics by name (branches, conflicts, schedules built, ...), in insertion order; unmodifiable. */
    public Map<String, Number> statistics() {
        return statistics;
    }

    /**
     * Starts a result of {@code solverId} for {@code problem}; the evaluator runs in {@link Builder#build}. The only way
     * to make a result.
     */
    public static <P, S> Builder<P, S> builder(ProblemType<P, S> type, P problem, String solverId) {
        return new Builder<>(type, problem, solverId);
    }

    /** The best solution, if the solver returned one. */
    public Optional<S> bestSolution() {
        return Optional.ofNullable(solution);
    }

    /** Returns true when there is a solution. */
    public boolean hasSolution() {
        return solution != null;
    }

    /** The evaluator's objective of the solution, {@code NaN} when there is no solution. */
    public double objective() {
        return evaluation == null ? Double.NaN : evaluation.objective();
    }

    /** Returns true when there is a solution and the evaluator finds it feasible. */
    public boolean isValid() {
        return evaluation != null && evaluation.isFeasible();
    }

    /** Returns true when a bound is known. */
    public boolean hasBound() {
        return !Double.isNaN(bound);
    }

    /**
     * Builds a {@link SolveResult}, running the evaluator on the solution.
     *
     * @param <P> the problem type
     * @param <S> the solution type
     */
    public static final class Builder<P, S> {
        private final ProblemType<P, S> type;
        private final P problem;
        private final String solverId;
        private SolveStatus status = SolveStatus.UNKNOWN;
        private S solution;
        private double claimedObjective = Double.NaN;
        private double bound = Double.NaN;
        private Duration timeToBest = Duration.ZERO;
        private final Map<String, Number> statistics = new LinkedHashMap<>();

        private Builder(ProblemType<P, S> type, P problem, String solverId) {
            this.type = Objects.requireNonNull(type, "type");
            this.problem = Objects.requireNonNull(problem, "problem");
            this.solverId = Objects.requireNonNull(solverId, "solverId");
        }

        public Builder<P, S> status(SolveStatus newStatus) {
            this.status = Objects.requireNonNull(newStatus, "status");
            return this;
        }

        /**
         * The best solution and the objective the solver claims for it ({@code NaN} for no claim). The claim is
         * checked against the evaluator in {@link #build}.
         */
        public Builder<P, S> solution(S newSolution, double newClaimedObjective) {
            this.solution = Objects.requireNonNull(newSolution, "solution");
            this.claimedObjective = newClaimedObjective;
            return this;
        }

        /** The best proven bound ({@code NaN} for none). */
        public Builder<P, S> bound(double newBound) {
            this.bound = newBound;
            return this;
        }

        public Builder<P, S> timeToBest(Duration newTimeToBest) {
            this.timeToBest = Objects.requireNonNull(newTimeToBest, "timeToBest");
            return this;
        }

        /**
         * Copies {@code result}'s status, solution (with its evaluated objective as the claim), bound, time to best and
         * statistics (after those this builder already holds): how a solver that delegates to another (an
         * {@code auto}) reports what the delegate found under its own id.
         */
        public Builder<P, S> copyOf(SolveResult<S> result) {
            status(result.status()).bound(result.bound()).timeToBest(result.timeToBest());
            if (result.hasSolution()) {
                solution(result.solution(), result.objective());
            }
            result.statistics().forEach(this::statistic);
            return this;
        }

        public Builder<P, S> statistic(String name, Number value) {
            statistics.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Evaluates the solution and builds the result.
         *
         * @param wallTime the time the solve took
         * @throws SolverDefectException when the solver's claims contradict the evaluator or each other
         */
        public SolveResult<S> build(Duration wallTime) {
            if (status.hasSolution() && solution == null) {
                throw new SolverDefectException(solverId + " reported " + status + " without a solution");
            }
            if (status == SolveStatus.INFEASIBLE && solution != null) {
                throw new SolverDefectException(solverId + " reported INFEASIBLE but returned a solution");
            }
            Evaluation evaluation = solution == null ? null : type.evaluate(problem, solution);
            if (evaluation != null && evaluation.isFeasible()) {
                checkClaims(evaluation.objective());
            }
            return new SolveResult<>(solverId, status, solution, evaluation, bound, wallTime, timeToBest, statistics);
        }

        private void checkClaims(double objective) {
            if (!Double.isNaN(claimedObjective) && claimedObjective != objective) {
                throw new SolverDefectException(String.format(
                        "%s claimed %s %s but the evaluator computes %s (difference %s) for %s",
                        solverId, type.objectiveName(), format(claimedObjective), format(objective),
                        format(claimedObjective - objective), type.name()));
            }
            if (!Double.isNaN(bound) && type.sense().isBetter(objective, bound)) {
                throw new SolverDefectException(String.format("%s claimed the bound %s, beyond its own solution's %s %s",
                        solverId, format(bound), type.objectiveName(), format(objective)));
            }
        }

        private static String format(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
