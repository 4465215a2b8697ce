package org.sched4j.heuristics.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

class RandomRulesValidityTest {

    @Test
    void keepsEveryPlanValidOnRandomClustersWithEveryRule() {
        int preemptions = 0;
        for (long seed = 1; seed <= 150; seed++) {
            PodPackingInstance pending = RandomRuleScenarios.pending(seed);
            PodPlacement first = check(pending, KubeDefaultScheduler.run(pending).placement());
            check(pending, KubeDefaultScheduler.run(pending, FragmentationGradient::new).placement());
            PodPackingInstance arrivals = RandomRuleScenarios.withArrivals(pending.afterPlan(first), seed);
            KubeDefaultScheduler kube = KubeDefaultScheduler.run(arrivals);
            check(arrivals, kube.placement());
            preemptions += kube.preemptions();
            check(arrivals, KubeDefaultScheduler.run(arrivals, FragmentationGradient::new).placement());
        }
        assertThat(preemptions).isPositive();
    }

    private static PodPlacement check(PodPackingInstance instance, PodPlacement plan) {
        assertThat(PodPackingProblem.TYPE.evaluate(instance, plan).violations()).as(instance.name()).isEmpty();
        return plan;
    }
}
