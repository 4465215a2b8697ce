package org.sched4j.portfolio.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.podpacking.ValidStartPlan;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.instances.podpacking.PodPackingTestFiles;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodPackingProblem;

class NodeSubsetSearchTest {

    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(3)).threads(2);

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @Test
    @Timeout(30)
    void findsTheMoveWhenTheSubsetIsTheWholeCluster() {
        PodPackingInstance instance = new PodPackingJsonFormat().read(PodPackingTestFiles.testData("needs-move.json"))
                .getFirst().instance();
        PodPlacement plan = improve(instance, 2);
        assertThat(PodPackingProblem.TYPE.evaluate(instance, plan).violations()).isEmpty();
        assertThat(PodPackingEvaluator.objective(instance, plan).scalar()).isEqualTo(2.0);
    }

    @Test
    @Timeout(60)
    void improvesOrKeepsAValidPlanOnAClusterLargerThanOneRound() {
        PodPackingInstance scenario = PaperGridGenerator.generate(48, 8, 2, 1.05, 5);
        PodPackingObjective baseline = PodPackingEvaluator.objective(scenario, KubeDefaultScheduler.schedule(scenario));
        PodPlacement plan = improve(scenario, 4);
        assertThat(PodPackingProblem.TYPE.evaluate(scenario, plan).violations()).isEmpty();
        assertThat(PodPackingEvaluator.objective(scenario, plan).compareTo(baseline)).isLessThanOrEqualTo(0);
    }

    @Test
    @Timeout(90)
    void staysValidAndNeverWorseOnARuleCarryingCluster() {
        PodPackingInstance scenario = RuleCarryingCluster.generate(80, 800, 3);
        NodeSubsetSearch.Best start = validStart(scenario);
        NodeSubsetSearch search = new NodeSubsetSearch(scenario, 1);
        NodeSubsetSearch.Best best = search.improve(start, OPTIONS, Deadline.after(Duration.ofSeconds(6)),
                SolutionListener.none());
        assertThat(PodPackingProblem.TYPE.evaluate(scenario, best.plan()).violations()).isEmpty();
        assertThat(best.objective()).isEqualTo(PodPackingEvaluator.objective(scenario, best.plan()));
        assertThat(best.objective().compareTo(start.objective())).isLessThanOrEqualTo(0);
        assertThat(search.rounds()).isPositive();
        assertThat(search.rejectedPlans()).isZero();
    }

    @Test
    @Timeout(90)
    void lowersNoLevelAboveTheFragmentationInFragmentationRounds() {
        PodPackingInstance scenario = RuleCarryingCluster.generate(80, 800, 4);
        NodeSubsetSearch.Best start = validStart(scenario);
        NodeSubsetSearch search = new NodeSubsetSearch(scenario, 1);
        NodeSubsetSearch.Best best = search.reduceFragmentation(start, OPTIONS, Deadline.after(Duration.ofSeconds(4)),
                SolutionListener.none());
        assertThat(PodPackingProblem.TYPE.evaluate(scenario, best.plan()).violations()).isEmpty();
        assertThat(best.objective().compareTiers(start.objective())).isLessThanOrEqualTo(0);
        assertThat(best.objective().compareTo(start.objective())).isLessThanOrEqualTo(0);
        assertThat(search.fragmentationRounds()).isPositive();
        assertThat(search.rejectedPlans()).isZero();
    }

    private static NodeSubsetSearch.Best validStart(PodPackingInstance scenario) {
        PodPlacement start = ValidStartPlan.of(scenario, KubeDefaultScheduler.schedule(scenario), OPTIONS,
                Deadline.after(Duration.ofSeconds(20)));
        assertThat(PodPackingProblem.TYPE.evaluate(scenario, start).violations()).isEmpty();
        return new NodeSubsetSearch.Best(start, PodPackingEvaluator.objective(scenario, start));
    }

    private static PodPlacement improve(PodPackingInstance instance, int seconds) {
        PodPlacement start = KubeDefaultScheduler.schedule(instance);
        NodeSubsetSearch.Best best = new NodeSubsetSearch.Best(start, PodPackingEvaluator.objective(instance, start));
        return new NodeSubsetSearch(instance, 1).improve(best, OPTIONS, Deadline.after(Duration.ofSeconds(seconds)),
                SolutionListener.none()).plan();
    }
}
