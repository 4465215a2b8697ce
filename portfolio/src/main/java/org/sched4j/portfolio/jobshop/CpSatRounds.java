package org.sched4j.portfolio.jobshop;

import java.time.Duration;
import java.util.Map;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.jobshop.CpSatJobShopSolver;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * The CP-SAT thread of a portfolio, in one of two modes chosen by the instance's size.
 *
 * <p>Small instances (at most {@value #PROOF_MAXIMUM_OPERATIONS} operations: ft10, la01–la25, orb, abz5–6): one CP-SAT
 * run over all the time left, warm-started from the incumbent, with CP-SAT's complete search rather than large
 * neighbourhood search, so that it can prove the optimum; the tabu search finds good schedules on such instances
 * quickly, what CP-SAT adds is the proof.
 *
 * <p>Larger instances: CP-SAT (one worker, large neighbourhood search) warm-started from the incumbent in rounds whose
 * length doubles, from {@link #FIRST_ROUND} up to what is left. A round starts from the incumbent of the moment, so it
 * builds on what the tabu search found; CP-SAT's improvements go to the incumbent at once.
 *
 * <p>Each round carries the portfolio's termination, and is also stopped (CP-SAT's {@code stopSearch}, within a few
 * milliseconds) once the incumbent is proven optimal or termination is requested.
 *
 * <p>Either way CP-SAT's bound, which holds for the instance whatever the run's horizon, raises the portfolio's lower
 * bound.
 */
final class CpSatRounds {

    /** The length of the first round. */
    static final Duration FIRST_ROUND = Duration.ofMillis(500);

    /** A first round longer than any time limit: one run over all the time left. */
    private static final Duration ALL_THE_TIME_LEFT = Duration.ofDays(1);

    /** Instances with at most this many operations get one complete CP-SAT search, for the proof. */
    static final int PROOF_MAXIMUM_OPERATIONS = 150;

    /** Rounds shorter than this are not started: loading the model would take most of them. */
    static final Duration SHORTEST_ROUND = Duration.ofMillis(50);

    private final PortfolioState state;
    private final SolveOptions options;
    private final CpSatJobShopSolver cpSat = new CpSatJobShopSolver();

    CpSatRounds(PortfolioState state, SolveOptions options) {
        this.state = state;
        this.options = options;
    }

    /** Runs until the deadline or until the incumbent is proven optimal. */
    void run() {
        if (state.instance().operationCount() <= PROOF_MAXIMUM_OPERATIONS) {
            Map<String, String> parameters = CpSatParameters.withDefault(options.parameters(), "use-lns-only", "false");
            runRounds(options.threads(1).parameters(parameters), ALL_THE_TIME_LEFT, Integer.MAX_VALUE);
        } else {
            runRounds(options.threads(1), FIRST_ROUND, Integer.MAX_VALUE);
        }
    }

    /**
     * One CP-SAT run over all the time left, warm-started from the incumbent, stopped by CP-SAT's deterministic time
     * ({@code max_deterministic_time}, unless the options set it) so that a one-worker run is reproducible; complete
     * search on small instances as in {@link #run}.
     *
     * @param deterministicSeconds the deterministic time limit, in CP-SAT's deterministic seconds
     */
    void runOnce(double deterministicSeconds) {
        Map<String, String> parameters = CpSatParameters.withDefault(options.parameters(), "max-deterministic-time",
                Double.toString(deterministicSeconds));
        if (state.instance().operationCount() <= PROOF_MAXIMUM_OPERATIONS) {
            parameters = CpSatParameters.withDefault(parameters, "use-lns-only", "false");
        }
        runRounds(options.threads(1).parameters(parameters), ALL_THE_TIME_LEFT, 1);
    }

    private void runRounds(SolveOptions roundOptions, Duration firstRound, int maximumRounds) {
        Deadline deadline = state.deadline();
        Duration round = firstRound;
        for (int started = 0; started < maximumRounds && !state.isSolved() && !deadline.isReached(); started++) {
            Duration remaining = state.remaining();
            if (remaining.compareTo(SHORTEST_ROUND) < 0) {
                return;
            }
            Duration length = remaining.compareTo(round.multipliedBy(2)) < 0 ? remaining : round;
            JobShopSchedule start = state.incumbent().schedule().orElseThrow();
            long startMakespan = state.incumbent().makespan();
            SolveResult<JobShopSchedule> result = cpSat.solveFrom(state.instance(), start,
                    roundOptions.timeLimit(length).termination(deadline.termination()),
                    (schedule, makespan, bound, elapsed) -> state.offer(schedule, "cpsat"),
                    state.solved());
            state.raiseLowerBound((long) result.bound());
            state.offer(result.solution(), "cpsat");
            state.countCpSatRound(result.objective() < startMakespan);
            round = round.multipliedBy(2);
        }
    }
}
