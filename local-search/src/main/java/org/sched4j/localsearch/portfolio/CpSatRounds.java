package org.sched4j.localsearch.portfolio;

import java.time.Duration;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.cpmodels.jobshop.CpSatJobShopSolver;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * The CP-SAT thread of a portfolio: CP-SAT (one worker) warm-started from the incumbent in rounds whose length
 * doubles, from {@link #FIRST_ROUND} up to what is left. A round starts from the incumbent of the moment, so it builds
 * on what the tabu search found; CP-SAT's improvements go to the incumbent at once, and its bound, which holds for the
 * instance whatever the round's horizon, raises the portfolio's lower bound. Small instances are usually closed in
 * the first rounds; on large ones CP-SAT's large neighbourhood search polishes the tabu search's schedules.
 */
final class CpSatRounds {

    /** The length of the first round. */
    static final Duration FIRST_ROUND = Duration.ofMillis(500);

    /** Rounds shorter than this are not started: loading the model would take most of them. */
    static final Duration SHORTEST_ROUND = Duration.ofMillis(50);

    private final PortfolioState state;
    private final SolveOptions options;
    private final CpSatJobShopSolver cpSat = new CpSatJobShopSolver();

    CpSatRounds(PortfolioState state, SolveOptions options) {
        this.state = state;
        this.options = options;
    }

    /** Runs rounds until the deadline or until the incumbent is proven optimal. */
    void run() {
        Duration round = FIRST_ROUND;
        while (!state.isSolved()) {
            Duration remaining = state.remaining();
            if (remaining.compareTo(SHORTEST_ROUND) < 0) {
                return;
            }
            Duration length = remaining.compareTo(round.multipliedBy(2)) < 0 ? remaining : round;
            JobShopSchedule start = state.incumbent().schedule().orElseThrow();
            long startMakespan = state.incumbent().makespan();
            SolveResult<JobShopSchedule> result = cpSat.solveFrom(state.instance(), start,
                    options.threads(1).timeLimit(length),
                    (schedule, makespan, bound, elapsed) -> state.offer(schedule, "cpsat"));
            state.raiseLowerBound((long) result.bound());
            state.offer(result.solution(), "cpsat");
            state.countCpSatRound(result.objective() < startMakespan);
            round = round.multipliedBy(2);
        }
    }
}
