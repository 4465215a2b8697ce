package org.sched4j.cpmodels.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * {@code cpsat} against every plan of random clusters of 3 nodes and 5 pods carrying every hard rule kind (taints,
 * cordons, required pod affinity and anti-affinity on host, zone and a rack label some nodes lack, several terms on
 * a pod, {@code DoNotSchedule} spread with {@code minDomains} and several constraints, disruption budgets, protected and running pods) and GPU shares: the best valid plan by the
 * evaluator's full order is found by enumeration; {@code cpsat}'s plan must be valid, equal to it in every tier, and
 * equal to it in the full order when claimed OPTIMAL.
 */
class CpSatPodPackingExhaustiveTest {

    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(20)).threads(2);
    private static final long GIB = 1L << 30;
    private static final String[] APPS = {"a", "b"};
    private static final String[] KEYS = {ClusterNode.HOSTNAME_LABEL, ClusterNode.ZONE_LABEL, "rack"};

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    @Timeout(60)
    void matchesTheBestPlanByEnumeration(long seed) {
        PodPackingInstance instance = randomCluster(new SplittableRandom(seed));
        PodPlacement best = bestByEnumeration(instance);
        SolveResult<PodPlacement> result = new CpSatPodPackingSolver().solve(instance, OPTIONS);
        if (best == null) {
            return;
        }
        assertThat(PodPackingProblem.TYPE.evaluate(instance, result.solution()).violations()).isEmpty();
        PodPackingObjective found = PodPackingEvaluator.objective(instance, result.solution());
        PodPackingObjective optimum = PodPackingEvaluator.objective(instance, best);
        assertThat(found.compareTiers(optimum)).as("tiers of %s against the optimum %s", found, optimum).isZero();
        if (result.status() == SolveStatus.OPTIMAL) {
            assertThat(found.compareTo(optimum)).as("%s claimed optimal against %s", found, optimum).isZero();
        }
        assertThat(found.compareTo(optimum)).isGreaterThanOrEqualTo(0);
    }

    /** The valid plan best by the full order, or null when no plan is valid. */
    private static PodPlacement bestByEnumeration(PodPackingInstance instance) {
        int options = instance.nodeCount() + 1;
        int[] nodes = new int[instance.podCount()];
        PodPlacement best = null;
        PodPackingObjective bestObjective = null;
        int plans = (int) Math.pow(options, instance.podCount());
        for (int code = 0; code < plans; code++) {
            int rest = code;
            for (int p = 0; p < nodes.length; p++) {
                nodes[p] = rest % options - 1;
                rest /= options;
            }
            PodPlacement plan = new PodPlacement(nodes);
            if (!PodPackingProblem.TYPE.evaluate(instance, plan).isFeasible()) {
                continue;
            }
            PodPackingObjective objective = PodPackingEvaluator.objective(instance, plan);
            if (bestObjective == null || objective.compareTo(bestObjective) < 0) {
                best = plan;
                bestObjective = objective;
            }
        }
        return best;
    }

    private static PodPackingInstance randomCluster(SplittableRandom random) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            List<Taint> taints = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                taints.add(new Taint("dedicated", "x", random.nextBoolean() ? TaintEffect.NO_SCHEDULE
                        : TaintEffect.PREFER_NO_SCHEDULE));
            }
            int gpus = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
            nodes.add(new ClusterNode("n" + n, 1000L * (2 + random.nextInt(3)), 64 * GIB, 3, gpus, gpus > 0 ? "T4" : "",
                    new NodeScheduling(random.nextInt(3) == 0 ? Map.of(ClusterNode.ZONE_LABEL, n < 2 ? "z1" : "z2")
                            : Map.of(ClusterNode.ZONE_LABEL, n < 2 ? "z1" : "z2", "rack", "r" + (n % 2)), taints,
                            random.nextInt(8) == 0)));
        }
        List<Pod> pods = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            String app = APPS[random.nextInt(APPS.length)];
            PodScheduling rules = PodScheduling.labelled("default", Map.of("app", app));
            LabelSelector other = LabelSelector.of(Map.of("app", APPS[random.nextInt(APPS.length)]));
            String key = KEYS[random.nextInt(KEYS.length)];
            PodAffinityTerm term = PodAffinityTerm.of(other, key);
            List<PodAffinityTerm> terms = random.nextInt(3) == 0 ? List.of(term, PodAffinityTerm.of(LabelSelector.of(
                    Map.of("app", APPS[random.nextInt(APPS.length)])), KEYS[random.nextInt(KEYS.length)])) : List.of(term);
            TopologySpreadConstraint spread = new TopologySpreadConstraint(1, key, true, other, 1 + random.nextInt(3),
                    true, false);
            switch (random.nextInt(5)) {
                case 0 -> rules = rules.withPodAntiAffinity(terms, List.of());
                case 1 -> rules = rules.withPodAffinity(terms, List.of());
                case 2 -> rules = rules.withTopologySpread(random.nextInt(3) > 0 ? List.of(spread) : List.of(spread,
                        new TopologySpreadConstraint(1, KEYS[random.nextInt(KEYS.length)], true, other, 1, true,
                                false)));
                default -> {
                }
            }
            if (random.nextBoolean()) {
                rules = rules.withTolerations(List.of(Toleration.exists("dedicated")));
            }
            int node = random.nextInt(3) == 0 ? Pod.PENDING : random.nextInt(3);
            boolean protect = node != Pod.PENDING && random.nextInt(6) == 0;
            GpuRequest gpu = random.nextInt(4) == 0 ? GpuRequest.share(100 * (3 + random.nextInt(6)))
                    : GpuRequest.NONE;
            pods.add(new Pod("p" + p, 500L * (1 + random.nextInt(4)), GIB, 10 * random.nextInt(2), node, protect, gpu,
                    rules));
        }
        List<DisruptionBudget> budgets = random.nextBoolean() ? List.of() : List.of(new DisruptionBudget("default/a",
                "default", LabelSelector.of(Map.of("app", "a")), random.nextInt(2)));
        return new PodPackingInstance("random", nodes, pods, budgets, List.of());
    }
}
