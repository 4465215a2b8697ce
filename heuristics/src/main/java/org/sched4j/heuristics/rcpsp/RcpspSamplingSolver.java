package org.sched4j.heuristics.rcpsp;

import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * {@code sampling}: {@code best-rule}, then regret-based biased random sampling with forward-backward improvement
 * ({@link RcpspListScheduler#sample}) until the time limit or the lower bound. One thread. The listener hears about
 * every improving schedule. Statistics: {@code schedules} built.
 */
public final class RcpspSamplingSolver implements Solver<RcpspInstance, RcpspSchedule> {

    /** The id, {@code sampling}. */
    public static final String ID = "sampling";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<RcpspInstance, RcpspSchedule> problemType() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String description() {
        return "regret-based biased random sampling (Drexl 1991) over LFT, LST, MTS, GRPW with both schemes and "
                + "forward-backward improvement, until the time limit";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance problem, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        return RcpspHeuristicResults.untilTimeLimit(problem, ID, options, listener, RcpspListScheduler::sample);
    }
}
