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
 * {@code genetic}: {@code best-rule}, then Hartmann's activity-list genetic algorithm with justification
 * ({@link RcpspListScheduler#evolve}) until the time limit or the lower bound. One thread. The listener hears about
 * every improving schedule. Statistics: {@code schedules} built.
 */
public final class RcpspGeneticSolver implements Solver<RcpspInstance, RcpspSchedule> {

    /** The id, {@code genetic}. */
    public static final String ID = "genetic";

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
        return "activity-list genetic algorithm (Hartmann 1998) with peak crossover (Valls et al. 2008) and "
                + "forward-backward justification of every child (Valls et al. 2005), until the time limit";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance problem, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        return RcpspHeuristicResults.untilTimeLimit(problem, ID, options, listener, RcpspListScheduler::evolve);
    }
}
