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
 * {@code best-rule}: every priority rule with both schemes, each schedule improved forward-backward, the shortest kept
 * ({@link RcpspListScheduler#bestRule}). Statistics: {@code schedules} built.
 */
public final class RcpspBestRuleSolver implements Solver<RcpspInstance, RcpspSchedule> {

    /** The id, {@code best-rule}. */
    public static final String ID = "best-rule";

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
        return "the best of LFT, LST, MTS, GRPW, SPT and random with the serial and parallel schemes, each improved "
                + "forward-backward";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance problem, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        return RcpspHeuristicResults.once(problem, ID, listener, scheduler -> scheduler.bestRule(options.seed()));
    }
}
