package org.sched4j.localsearch.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.HOSTNAME;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.ZONE;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.app;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.gpuNode;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.inZone;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.instance;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.labels;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.node;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.pending;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.running;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.selectsApp;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.tainted;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.term;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.localsearch.timefold.TimefoldConfiguration;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.TierOutcome;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * The Timefold pod packer on one tiny scenario per rule, where the obvious plan breaks the rule: its plan is valid
 * and its objective the known optimum. Every solve stops by a step budget (deterministic for the seed) under a time
 * limit it never reaches. On a rule-carrying cluster it runs in Timefold's step-assert mode, which recomputes the
 * score from scratch after every step and fails on any difference from the incremental score.
 */
class TimefoldPodPackingSolverTest {

    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(60)).threads(1)
            .parameters(Map.of(TimefoldConfiguration.STEP_LIMIT, "100"));

    private final TimefoldPodPackingSolver solver = new TimefoldPodPackingSolver();

    /**
     * Node a breaks a node-only rule for pod x (the biggest node when sizes differ), node b is taken by pod y, which
     * may run on a: x is placed only by moving y to a.
     */
    static Stream<Arguments> nodeOnlyRules() {
        Pod x = pending("x", 1000, 10);
        Taint taint = new Taint("dedicated", "batch", TaintEffect.NO_SCHEDULE);
        NodeSelectorTerm ssd = new NodeSelectorTerm(List.of(new LabelRequirement("disk",
                LabelRequirement.Operator.IN, List.of("ssd"))), List.of());
        NodeScheduling ssdNode = labels(Map.of("disk", "ssd"));
        return Stream.of(
                Arguments.of("taint", node("a", 1000, tainted(taint)), node("b", 1000), x),
                Arguments.of("cordon", node("a", 1000, new NodeScheduling(Map.of(), List.of(), true)),
                        node("b", 1000), x),
                Arguments.of("node selector", node("a", 1000), node("b", 1000, ssdNode),
                        x.withScheduling(app("x").withNodeSelector(Map.of("disk", "ssd")))),
                Arguments.of("required node affinity", node("a", 1000), node("b", 1000, ssdNode),
                        x.withScheduling(app("x").withNodeAffinity(new NodeAffinity(List.of(ssd), List.of())))),
                Arguments.of("GPU model", gpuNode("a", 1000, 1, "T4"), gpuNode("b", 1000, 1, "A100"),
                        x.withGpu(new GpuRequest(1, 1000, Set.of("A100")))),
                Arguments.of("GPU devices", gpuNode("a", 1000, 1, "A100"), gpuNode("b", 1000, 2, "A100"),
                        x.withGpu(GpuRequest.whole(2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeOnlyRules")
    @Timeout(60)
    void movesTheRunningPodAwayFromTheOnlyNodeThePendingPodMayUse(String rule, ClusterNode a, ClusterNode b, Pod x) {
        Pod y = running("y", 1000, 0, 1).withScheduling(app("y").withTolerations(List.of(
                Toleration.exists("dedicated"), Toleration.exists(PlacementRules.UNSCHEDULABLE_TAINT.key()))));
        PodPackingInstance instance = instance(List.of(a, b), List.of(x, y));

        PodPlacement plan = solveValid(instance).solution();

        assertThat(plan.nodes()).containsExactly(1, 0);
        assertTiers(instance, plan, new int[][] {{1, 0}, {1, 2}});
    }

    @Test
    @Timeout(60)
    void placesGpuSharesOnlyWhereTheDefinedPackingHoldsThem() {
        List<Pod> pods = List.of(pending("s700a", 100, 0).withGpu(GpuRequest.share(700)),
                pending("s700b", 100, 0).withGpu(GpuRequest.share(700)),
                pending("s400a", 100, 0).withGpu(GpuRequest.share(400)),
                pending("s400b", 100, 0).withGpu(GpuRequest.share(400)));
        PodPackingInstance instance = instance(List.of(gpuNode("a", 8000, 2, "A100"), gpuNode("b", 1000, 1, "A100")),
                pods);

        PodPlacement plan = solveValid(instance).solution();

        assertTiers(instance, plan, new int[][] {{4, 0}});
    }

    @Test
    @Timeout(60)
    void keepsPodsOfARequiredAntiAffinityApartWhileTwoThatStayMayShare() {
        PodAffinityTerm apart = term("web", HOSTNAME);
        List<Pod> pods = new ArrayList<>();
        for (String name : List.of("w1", "w2")) {
            pods.add(running(name, 100, 0, 0).withScheduling(app("web").withPodAntiAffinity(List.of(apart),
                    List.of())));
        }
        pods.add(pending("w3", 100, 0).withScheduling(app("web").withPodAntiAffinity(List.of(apart), List.of())));
        pods.add(pending("w4", 100, 0).withScheduling(app("web").withPodAntiAffinity(List.of(apart), List.of())));
        PodPackingInstance instance = instance(List.of(node("a", 8000), node("b", 1000), node("c", 1000)), pods);

        PodPlacement plan = solveValid(instance).solution();

        assertThat(plan.nodeOf(0)).isZero();
        assertThat(plan.nodeOf(1)).isZero();
        assertThat(Set.of(plan.nodeOf(2), plan.nodeOf(3))).containsExactlyInAnyOrder(1, 2);
        assertTiers(instance, plan, new int[][] {{4, 0}});
    }

    @Test
    @Timeout(60)
    void putsAPodWithARequiredAffinityBesideTheSelectedPod() {
        Pod db = running("db", 500, 0, 1).withScheduling(app("db"));
        Pod client = pending("client", 500, 0).withScheduling(app("client")
                .withPodAffinity(List.of(term("db", HOSTNAME)), List.of()));
        PodPackingInstance instance = instance(List.of(node("a", 8000), node("b", 1000)), List.of(db, client));

        PodPlacement plan = solveValid(instance).solution();

        assertThat(plan.nodes()).containsExactly(1, 1);
        assertTiers(instance, plan, new int[][] {{2, 0}});
    }

    @Test
    @Timeout(60)
    void gathersAGroupWhoseAffinitySelectsItselfOnTheNodeOfItsFirstPod() {
        PodAffinityTerm together = term("cache", HOSTNAME);
        List<Pod> pods = List.of(
                pending("c1", 500, 0).withScheduling(app("cache").withPodAffinity(List.of(together), List.of())),
                pending("c2", 500, 0).withScheduling(app("cache").withPodAffinity(List.of(together), List.of())),
                pending("c3", 500, 0).withScheduling(app("cache").withPodAffinity(List.of(together), List.of())));
        PodPackingInstance instance = instance(List.of(node("a", 1000), node("b", 1000)), pods);

        PodPlacement plan = solveValid(instance).solution();

        assertThat(plan.nodes()).containsOnlyOnce(Pod.PENDING);
        assertThat(Arrays.stream(plan.nodes()).filter(node -> node != Pod.PENDING).distinct().count()).isOne();
        assertTiers(instance, plan, new int[][] {{2, 0}});
    }

    @Test
    @Timeout(60)
    void leavesUnplacedThePodThatWouldSkewAHardZoneSpread() {
        TopologySpreadConstraint spread = TopologySpreadConstraint.of(1, ZONE, true, selectsApp("web"));
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pods.add(pending("web" + i, 1000, 0).withScheduling(app("web").withTopologySpread(List.of(spread))));
        }
        PodPackingInstance instance = instance(List.of(node("a", 8000, inZone("z1")), node("b", 8000, inZone("z1")),
                node("c", 1000, inZone("z2"))), pods);

        PodPlacement plan = solveValid(instance).solution();

        assertThat(plan.nodes()).containsOnlyOnce(2).containsOnlyOnce(Pod.PENDING);
        assertTiers(instance, plan, new int[][] {{3, 0}});
    }

    @Test
    @Timeout(60)
    void evictsThePodNoBudgetCoversRatherThanOverdrawAZeroBudget() {
        List<Pod> pods = List.of(
                running("web1", 1000, 0, 0).withScheduling(app("web")),
                running("web2", 1000, 0, 0).withScheduling(app("web")),
                running("other", 1000, 5, 1),
                pending("high", 1000, 10));
        PodPackingInstance instance = instance(List.of(node("a", 2000), node("b", 1000)), pods,
                List.of(new DisruptionBudget("default/web", "default", selectsApp("web"), 0)));

        PodPlacement plan = solveValid(instance).solution();

        assertThat(plan.nodes()).containsExactly(0, 0, Pod.PENDING, 1);
        assertTiers(instance, plan, new int[][] {{1, 0}, {0, 1}, {2, 0}});
    }

    @Test
    @Timeout(60)
    void weighsTheMissedPreferencesAgainstEachOther() {
        Taint spot = new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE);
        NodeSelectorTerm ssd = new NodeSelectorTerm(List.of(new LabelRequirement("disk",
                LabelRequirement.Operator.IN, List.of("ssd"))), List.of());
        List<Pod> pods = List.of(
                pending("prefers-ssd", 500, 0).withScheduling(app("p")
                        .withNodeAffinity(new NodeAffinity(null, List.of(new NodeAffinity.Preferred(40, ssd))))),
                pending("near-db", 500, 0).withScheduling(app("q").withPodAffinity(List.of(),
                        List.of(new PodAffinityTerm.Weighted(30, term("db", HOSTNAME))))),
                pending("away-from-db", 500, 0).withScheduling(app("r").withPodAntiAffinity(List.of(),
                        List.of(new PodAffinityTerm.Weighted(30, term("db", HOSTNAME))))),
                running("db", 500, 0, 2).withScheduling(app("db")));
        PodPackingInstance instance = instance(List.of(node("spot", 8000, tainted(spot)),
                node("ssd", 500, labels(Map.of("disk", "ssd"))), node("plain", 2000)), pods);

        SolveResult<PodPlacement> result = solveValid(instance);

        assertThat(result.solution().nodes()).containsExactly(1, 2, 2, 2);
        assertThat(PodPackingEvaluator.objective(instance, result.solution()).softPenalty()).isEqualTo(30);
        assertTiers(instance, result.solution(), new int[][] {{4, 0}});
    }

    @Test
    @Timeout(60)
    void spreadsAsEvenlyAsTheCapacityLetsAScheduleAnywayConstraint() {
        TopologySpreadConstraint spread = TopologySpreadConstraint.of(1, ZONE, false, selectsApp("web"));
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pods.add(pending("web" + i, 1000, 0).withScheduling(app("web").withTopologySpread(List.of(spread))));
        }
        PodPackingInstance instance = instance(List.of(node("a", 8000, inZone("z1")),
                node("c", 1000, inZone("z2"))), pods);

        PodPlacement plan = solveValid(instance).solution();

        assertTiers(instance, plan, new int[][] {{4, 0}});
        assertThat(PodPackingEvaluator.objective(instance, plan).softPenalty()).isEqualTo(300);
    }

    @Test
    @Timeout(60)
    void packsGpuSharesTogetherWhenTheRestOfTheWorkloadNeedsWholeDevices() {
        List<Pod> pods = List.of(
                pending("half1", 100, 0).withGpu(GpuRequest.share(500)),
                pending("half2", 100, 0).withGpu(GpuRequest.share(500)),
                new Pod("whole", 100, PodPackingScenarios.GIB, 0, 2, true).withGpu(GpuRequest.whole(1)));
        PodPackingInstance instance = instance(List.of(gpuNode("a", 4000, 1, "A100"), gpuNode("b", 4000, 1, "A100"),
                gpuNode("c", 4000, 1, "A100")), pods);

        PodPlacement plan = solveValid(instance).solution();

        assertThat(plan.nodeOf(0)).isEqualTo(plan.nodeOf(1));
        assertTiers(instance, plan, new int[][] {{3, 0}});
        assertThat(PodPackingEvaluator.objective(instance, plan).gpuFragmentation()).isZero();
    }

    @Test
    @Timeout(60)
    void startsFromTheDefaultSchedulerThatMovesThePodANoExecuteTaintEvicts() {
        Taint evicting = new Taint("maintenance", "", TaintEffect.NO_EXECUTE);
        PodPackingInstance instance = instance(List.of(node("a", 1000, tainted(evicting)), node("b", 1000)),
                List.of(running("x", 1000, 0, 0)));

        SolveResult<PodPlacement> result = solveValid(instance);

        assertThat(result.solution().nodes()).containsExactly(1);
        assertThat(result.statistics().get("start_plan")).isEqualTo(StartPlan.Source.KUBE_DEFAULT.ordinal());
        assertTiers(instance, result.solution(), new int[][] {{1, 2}});
    }

    @Test
    @Timeout(120)
    void keepsItsIncrementalScoreExactOnARuleCarryingCluster() {
        PodPackingInstance instance = PodPackingScenarios.ruleCarryingCluster(14, 2);
        SolveResult<PodPlacement> result = solver.solve(instance, OPTIONS.parameters(Map.of(
                TimefoldConfiguration.STEP_LIMIT, "15", TimefoldConfiguration.ENVIRONMENT_MODE, "step-assert")));

        assertThat(result.isValid()).isTrue();
        assertThat(result.statistics().get("steps")).isEqualTo(15L);
    }

    @Test
    @Timeout(120)
    void returnsAValidPlanNoWorseThanItsStartOnAHundredNodeRuleCarryingCluster() {
        PodPackingInstance instance = PodPackingScenarios.ruleCarryingCluster(100, 1);
        StartPlan start = StartPlan.of(instance);

        SolveResult<PodPlacement> result = solver.solve(instance, OPTIONS.parameters(Map.of(
                TimefoldConfiguration.STEP_LIMIT, "3")));

        assertThat(start.valid()).isTrue();
        assertThat(result.isValid()).isTrue();
        assertThat(result.statistics().get("steps")).isEqualTo(3L);
        assertThat(PodPackingEvaluator.objective(instance, result.solution())
                .compareTo(PodPackingEvaluator.objective(instance, start.placement()))).isNotPositive();
    }

    @Test
    void rejectsAStepLimitThatIsNotAPositiveIntegerNamingTheKey() {
        PodPackingInstance instance = instance(List.of(node("a", 1000)), List.of(pending("p", 100, 0)));
        assertThatThrownBy(() -> solver.solve(instance, OPTIONS.parameters(Map.of(
                TimefoldConfiguration.STEP_LIMIT, "many"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timefold.step-limit");
    }

    private SolveResult<PodPlacement> solveValid(PodPackingInstance instance) {
        SolveResult<PodPlacement> result = solver.solve(instance, OPTIONS);
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(instance, result.solution());
        assertThat(evaluation.isFeasible()).as(evaluation.summary()).isTrue();
        assertThat(result.isValid()).isTrue();
        return result;
    }

    /** Asserts the placed pods and the disruption of each tier, highest priority first. */
    private static void assertTiers(PodPackingInstance instance, PodPlacement plan, int[][] placedAndDisruption) {
        PodPackingObjective objective = PodPackingEvaluator.objective(instance, plan);
        List<int[]> actual = objective.tiers().stream()
                .map((TierOutcome tier) -> new int[] {tier.placed(), tier.disruption()}).toList();
        assertThat(actual).as("placed and disruption per tier").containsExactly(placedAndDisruption);
    }
}
