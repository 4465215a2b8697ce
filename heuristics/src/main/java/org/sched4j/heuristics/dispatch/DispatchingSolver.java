package org.sched4j.heuristics.dispatch;

import java.time.Duration;
import java.util.Objects;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * One deterministic dispatching rule with one schedule builder: builds a single schedule in O(N·J) time and
 * returns it. The id is the rule's ({@code mwkr}) for the non-delay builder and carries {@code -active} for the
 * Giffler–Thompson builder ({@code mwkr-active}).
 *
 * <p>The result is FEASIBLE, or OPTIMAL when the makespan equals the trivial lower bound (the reported bound). The
 * options are ignored: one schedule takes far less than any time limit. The listener hears about the schedule once.
 */
public final class DispatchingSolver implements Solver<JobShopInstance, JobShopSchedule> {

    private final DispatchRule rule;
    private final ScheduleBuilder builder;

    /**
     * A solver that dispatches with {@code rule} and {@code builder}.
     *
     * @throws IllegalArgumentException for {@link DispatchRule#RANDOM}, which {@link RandomDispatchingSolver} samples
     */
    public DispatchingSolver(DispatchRule rule, ScheduleBuilder builder) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.builder = Objects.requireNonNull(builder, "builder");
        if (!rule.isDeterministic()) {
            throw new IllegalArgumentException("the RANDOM rule is sampled by RandomDispatchingSolver");
        }
    }

    @Override
    public String id() {
        return rule.id() + builder.idSuffix();
    }

    @Override
    public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String description() {
        return "dispatching rule " + rule.name().replace('_', '/') + " with the "
                + (builder == ScheduleBuilder.ACTIVE ? "active (Giffler-Thompson 1960)" : "non-delay")
                + " schedule builder";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        long startNanos = System.nanoTime();
        DispatchScheduleGenerator generator = DispatchScheduleGenerator.of(builder, new OperationTable(problem));
        int makespan = generator.build(rule.priorityRule(generator.table, options.seed()));
        JobShopSchedule schedule = generator.schedule();
        Duration timeToBest = DispatchSolveResults.elapsedSince(startNanos);
        listener.onImprovingSolution(schedule, makespan, problem.trivialLowerBound(), timeToBest);
        return DispatchSolveResults.of(problem, id(), schedule, makespan, startNanos, timeToBest, 1);
    }
}
