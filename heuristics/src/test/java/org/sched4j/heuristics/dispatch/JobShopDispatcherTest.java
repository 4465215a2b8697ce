package org.sched4j.heuristics.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.Job;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.Operation;
import org.sched4j.jobshop.JobShopProblem;

/** {@link JobShopDispatcher#best}: the best of every rule and builder, reproducibly. */
class JobShopDispatcherTest {

    @Test
    void bestIsTheSmallestMakespanOverEveryRuleAndBuilder() {
        JobShopInstance instance = TestInstances.jsplib("ft06");
        long seed = 5;
        long smallest = Long.MAX_VALUE;
        for (DispatchRule rule : DispatchRule.values()) {
            for (ScheduleBuilder builder : ScheduleBuilder.values()) {
                if (rule.isDeterministic() || builder == ScheduleBuilder.NON_DELAY) {
                    smallest = Math.min(smallest,
                            JobShopDispatcher.schedule(instance, rule, builder, seed).makespan(instance));
                }
            }
        }

        BestDispatch best = JobShopDispatcher.best(instance, seed);

        assertThat(best.makespan()).isEqualTo(smallest);
        assertThat(JobShopProblem.TYPE.evaluate(instance, best.schedule()).objective()).isEqualTo(smallest);
        assertThat(best.schedule())
                .isEqualTo(JobShopDispatcher.schedule(instance, best.rule(), best.builder(), seed));
    }

    @Test
    void bestPrefersTheFirstRuleInItsOrderOnTies() {
        // One job: every rule and builder gives the same schedule, so the first tried wins.
        JobShopInstance instance = JobShopInstance.of("chain", 2, new int[][] {{0, 1}}, new int[][] {{2, 3}});

        BestDispatch best = JobShopDispatcher.best(instance, 1);

        assertThat(best.rule()).isEqualTo(DispatchRule.MWKR);
        assertThat(best.builder()).isEqualTo(ScheduleBuilder.NON_DELAY);
        assertThat(best.makespan()).isEqualTo(5);
    }

    @Test
    void bestIsReproducibleForASeed() {
        JobShopInstance instance = TestInstances.jsplib("la01");

        assertThat(JobShopDispatcher.best(instance, 9)).isEqualTo(JobShopDispatcher.best(instance, 9));
    }

    @Test
    void findsTheOptimumOfTheMixedShop() {
        JobShopInstance instance = TestInstances.mixedShop();

        BestDispatch best = JobShopDispatcher.best(instance, 0);

        assertThat(best.makespan()).isEqualTo(TestInstances.MIXED_SHOP.optimum());
    }

    @Test
    void rejectsInstancesWhoseTimesDoNotFitAnInt() {
        Job longJob = new Job(List.of(new Operation(0, Integer.MAX_VALUE), new Operation(0, 1)));
        JobShopInstance instance = new JobShopInstance("huge", 1, List.of(longJob));

        assertThatThrownBy(() -> JobShopDispatcher.best(instance, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total duration");
    }
}
