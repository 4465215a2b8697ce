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
 * One schedule generation scheme with one priority rule, no improvement: ids {@code serial-lft}, {@code parallel-mts},
 * {@code serial-random} ... The options' seed seeds the random rule. Statistics: {@code schedules} built.
 */
public final class RcpspRuleSolver implements Solver<RcpspInstance, RcpspSchedule> {

    private final GenerationScheme scheme;
    private final PriorityRule rule;

    /** The solver of {@code scheme} with {@code rule}. */
    public RcpspRuleSolver(GenerationScheme scheme, PriorityRule rule) {
        this.scheme = scheme;
        this.rule = rule;
    }

    @Override
    public String id() {
        return scheme.id() + "-" + rule.id();
    }

    @Override
    public ProblemType<RcpspInstance, RcpspSchedule> problemType() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String description() {
        return "the " + scheme.id() + " schedule generation scheme with the priority rule " + rule.name()
                + " (Kolisch 1996)";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance problem, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        return RcpspHeuristicResults.once(problem, id(), listener,
                scheduler -> scheduler.schedule(scheme, rule, options.seed()));
    }
}
