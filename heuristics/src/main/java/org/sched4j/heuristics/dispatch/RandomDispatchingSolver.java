package org.sched4j.heuristics.dispatch;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * Random dispatching sampled repeatedly: builds schedules with {@link DispatchRule#RANDOM}, each seeded by the next
 * value of a {@link SplittableRandom} seeded with the options' seed, and returns the best. Ids {@code random}
 * (non-delay builder) and {@code random-active} (Giffler–Thompson builder).
 *
 * <p>Stops after {@value #MAX_SAMPLES} schedules, after min(time limit, {@value #MAX_BUDGET_MILLIS} ms), on early
 * termination, or when a
 * schedule meets the trivial lower bound, whichever comes first; at least one schedule is always built. The same
 * seed gives the same sequence of schedules, so the same result whenever the sample limit, not the clock, stops the
 * search. The listener hears about every improvement.
 */
public final class RandomDispatchingSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The most schedules one solve builds. */
    public static final int MAX_SAMPLES = 1000;
    /** The most time one solve spends, in milliseconds, whatever the time limit. */
    public static final long MAX_BUDGET_MILLIS = 1000;

    private final ScheduleBuilder builder;

    /** A solver that samples random dispatches with {@code builder}. */
    public RandomDispatchingSolver(ScheduleBuilder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    @Override
    public String id() {
        return DispatchRule.RANDOM.id() + builder.idSuffix();
    }

    @Override
    public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String description() {
        return "best of up to " + MAX_SAMPLES + " random dispatches with the "
                + (builder == ScheduleBuilder.ACTIVE ? "active (Giffler-Thompson 1960)" : "non-delay")
                + " schedule builder";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        long startNanos = System.nanoTime();
        Deadline deadline = Deadline.of(options).within(Duration.ofMillis(MAX_BUDGET_MILLIS));
        long lowerBound = problem.trivialLowerBound();
        DispatchScheduleGenerator generator = DispatchScheduleGenerator.of(builder, new OperationTable(problem));
        SplittableRandom seeds = new SplittableRandom(options.seed());
        JobShopSchedule best = null;
        int bestMakespan = Integer.MAX_VALUE;
        Duration timeToBest = Duration.ZERO;
        int samples = 0;
        do {
            int makespan = generator.build(new RandomRule(seeds.nextLong()));
            samples++;
            if (makespan < bestMakespan) {
                bestMakespan = makespan;
                best = generator.schedule();
                timeToBest = DispatchSolveResults.elapsedSince(startNanos);
                listener.onImprovingSolution(best, makespan, lowerBound, timeToBest);
            }
        } while (samples < MAX_SAMPLES && bestMakespan > lowerBound && !deadline.isReached());
        return DispatchSolveResults.of(problem, id(), best, bestMakespan, startNanos, timeToBest, samples);
    }
}
