package org.sched4j.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sched4j.instances.podpacking.GeneratedCluster;
import org.sched4j.instances.podpacking.OpenbClusterGenerator;
import org.sched4j.instances.podpacking.PodPackingTestFiles;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;

class PodPackingScenarioWritingTest {

    private static GeneratedCluster cluster() {
        return OpenbClusterGenerator.generate(PodPackingTestFiles.testData("openb-small"),
                OpenbClusterGenerator.Settings.of(100, 6));
    }

    @Test
    void theDefaultSchedulerLeavesAValidRunningCluster() {
        GeneratedCluster cluster = cluster();
        int pending = cluster.instance().pendingCount();

        GeneratedCluster running = PodPackingScenarioWriting.afterDefaultScheduler(cluster, 0.5);

        PodPackingInstance after = running.instance();
        assertThat(new PodPackingEvaluator().evaluate(after, after.currentPlacement()).violations()).isEmpty();
        long placed = after.pods().stream().filter(Pod::isRunning).count() - 12;
        assertThat(placed).isPositive().isLessThanOrEqualTo(Math.round(0.5 * pending));
        assertThat(after.pods().subList((int) Math.round(0.5 * pending) + 12, after.podCount()))
                .noneMatch(Pod::isRunning);
        assertThat(after.budgets()).zipSatisfy(running.budgetSpecs(), (budget, spec) ->
                assertThat(budget.allowedDisruptions()).isEqualTo(spec.status(after).disruptionsAllowed()));
    }

    @Test
    void noShareLeavesTheClusterAsGenerated() {
        GeneratedCluster cluster = cluster();
        assertThat(PodPackingScenarioWriting.afterDefaultScheduler(cluster, 0)).isSameAs(cluster);
    }
}
