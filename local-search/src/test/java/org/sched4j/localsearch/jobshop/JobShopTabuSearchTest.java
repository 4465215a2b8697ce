package org.sched4j.localsearch.jobshop;

import org.sched4j.api.Deadline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolutionListener;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

class JobShopTabuSearchTest {

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void continuesFromABetterScheduleOfferedToTheIncumbent() {
        JobShopInstance instance = TestInstances.jsplib("ft10");
        JobShopSchedule start = JobShopDispatcher.best(instance, 0).schedule();
        TabuSearchParameters defaults = TabuSearchParameters.defaults(instance);
        TabuSearchOutcome good = new JobShopTabuSearch(instance, defaults.withMaxIterations(100_000)).run(start, 1,
                Deadline.after(Duration.ofDays(1)), null, SolutionListener.none());
        SharedIncumbent incumbent = new SharedIncumbent(instance);
        assertThat(incumbent.offer(good.schedule())).isTrue();

        TabuSearchParameters short200 = new TabuSearchParameters(200, defaults.stallIterations(),
                defaults.eliteSize(), defaults.tenure(), defaults.relinkShare(), defaults.targetMakespan());
        TabuSearchOutcome adopted = new JobShopTabuSearch(instance, short200).run(start, 2,
                Deadline.after(Duration.ofDays(1)), incumbent, SolutionListener.none());

        assertThat(adopted.makespan()).isLessThanOrEqualTo(good.makespan());
        assertThat(incumbent.makespan()).isEqualTo(Math.min(good.makespan(), adopted.makespan()));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void offersItsImprovementsToTheIncumbent() {
        JobShopInstance instance = TestInstances.jsplib("ft06");
        SharedIncumbent incumbent = new SharedIncumbent(instance);
        TabuSearchParameters limited = TabuSearchParameters.defaults(instance).withMaxIterations(20_000);
        TabuSearchOutcome outcome = new JobShopTabuSearch(instance, limited).run(
                JobShopDispatcher.best(instance, 0).schedule(), 3, Deadline.after(Duration.ofDays(1)),
                incumbent, SolutionListener.none());
        assertThat(incumbent.makespan()).isEqualTo(outcome.makespan()).isEqualTo(55);
        assertThat(incumbent.schedule()).contains(outcome.schedule());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void stopsAtTheTargetMakespan() {
        JobShopInstance instance = TestInstances.jsplib("ft10");
        TabuSearchParameters defaults = TabuSearchParameters.defaults(instance);
        TabuSearchParameters target1100 = new TabuSearchParameters(defaults.maxIterations(),
                defaults.stallIterations(), defaults.eliteSize(), defaults.tenure(), defaults.relinkShare(), 1100);
        TabuSearchOutcome outcome = new JobShopTabuSearch(instance, target1100).run(
                JobShopDispatcher.best(instance, 0).schedule(), 4, Deadline.after(Duration.ofDays(1)),
                null, SolutionListener.none());
        assertThat(outcome.makespan()).isLessThanOrEqualTo(1100).isGreaterThan(1000);
    }

    @Test
    void incumbentRejectsAnInfeasibleSchedule() {
        JobShopInstance instance = TestInstances.mixedShop();
        SharedIncumbent incumbent = new SharedIncumbent(instance);
        JobShopSchedule overlapping = JobShopSchedule.of(new int[][] {{0, 0, 0}, {0, 0, 0, 0}, {0, 0}});
        assertThatThrownBy(() -> incumbent.offer(overlapping)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("infeasible");
        assertThat(incumbent.makespan()).isEqualTo(Long.MAX_VALUE);
        assertThat(incumbent.schedule()).isEmpty();
    }

    @Test
    void parametersRejectAnOutOfRangeValueNamingTheKey() {
        assertThatThrownBy(() -> new TabuSearchParameters(1, 1, 1, 1, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tabu.relink-share");
        assertThatThrownBy(() -> new TabuSearchParameters(0, 1, 1, 1, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tabu.max-iterations");
        assertThatThrownBy(() -> new TabuSearchParameters(1, 1, 1, 1, 0.5, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tabu.target-makespan");
    }
}
