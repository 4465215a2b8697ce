package org.sched4j.portfolio.jobshop;

import java.time.Duration;
import org.sched4j.jobshop.JobShopInstance;

/**
 * The work budget of a one-thread portfolio run, which makes the run reproducible: the tabu search stops after a
 * number of iterations and CP-SAT after a deterministic time, both derived from the time limit and the instance size
 * alone, never from the clock. The budgets are set well below what this project's reference machine (2 cores, shared)
 * does in the time, so that the clock, which still stops both engines at the time limit, is rarely what stops them.
 *
 * <p>The tabu search's iteration rate falls roughly with the square root of the number of operations (its critical
 * path and head/tail updates grow with it, its neighbourhood with the number of critical blocks): about 750,000
 * iterations per second on a 10×10 instance and 350,000 on a 30×20 one on the reference machine, with another solve
 * running beside it. The budget is {@value #TABU_RATE_CONSTANT}&nbsp;/&nbsp;√operations iterations per second, about
 * half of that. CP-SAT gets {@value #CPSAT_DETERMINISTIC_SHARE} deterministic seconds per second of its share.
 *
 * @param tabuTime                   the tabu search's share of the time, the clock's backstop
 * @param tabuIterations             the tabu search's iteration budget, at least 1
 * @param cpSatDeterministicSeconds  CP-SAT's deterministic time limit
 */
record SequentialBudget(Duration tabuTime, long tabuIterations, double cpSatDeterministicSeconds) {

    /** The tabu search's iterations per second on an instance of one operation; divided by √operations. */
    static final long TABU_RATE_CONSTANT = 4_000_000;

    /** CP-SAT's deterministic seconds per second of its share of the time. */
    static final double CPSAT_DETERMINISTIC_SHARE = 0.3;

    /**
     * The budget of a run with {@code time} left, {@code tabuPercent} % of it for the tabu search and the rest for
     * CP-SAT.
     */
    static SequentialBudget of(JobShopInstance instance, Duration time, int tabuPercent) {
        Duration tabuTime = time.multipliedBy(tabuPercent).dividedBy(100);
        double tabuSeconds = tabuTime.toNanos() / 1e9;
        double cpSatSeconds = (time.toNanos() - tabuTime.toNanos()) / 1e9;
        long iterations = Math.max(1, (long) (tabuSeconds * TABU_RATE_CONSTANT
                / Math.sqrt(instance.operationCount())));
        return new SequentialBudget(tabuTime, iterations, Math.max(0.01, cpSatSeconds * CPSAT_DETERMINISTIC_SHARE));
    }
}
