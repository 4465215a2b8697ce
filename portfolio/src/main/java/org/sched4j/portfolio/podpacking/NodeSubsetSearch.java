package org.sched4j.portfolio.podpacking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;

/**
 * A large neighbourhood search for clusters too large for one CP-SAT model: round after round, it frees a subset of
 * nodes (a quarter large enough for the first unplaced pod of the highest unsatisfied tier, half with the most free
 * capacity, the rest at random; {@link #chooseNodes}), and lets {@link CpSatPodPackingSolver} re-plan
 * the pods on those nodes together with the unplaced pods; every other pod keeps its node. A round's plan is kept
 * when the evaluator finds it lexicographically better for the whole cluster.
 *
 * <p>Inside a round, a pod whose original node lies outside the subset counts as pending (placing it again is a move,
 * not a stay), so a round may misjudge disruption; the check on the whole cluster decides.
 */
final class NodeSubsetSearch {

    /** Nodes freed per round. */
    static final int NODES_PER_ROUND = 16;
    /** The most unplaced pods offered per round, highest tiers first. */
    static final int UNPLACED_PER_ROUND = 200;
    private static final Duration MINIMUM_ROUND = Duration.ofMillis(200);

    private final PodPackingInstance instance;
    private final SplittableRandom random;
    private final CpSatPodPackingSolver cpSat = new CpSatPodPackingSolver();
    private final int[] tierOf;
    private final double maxCpu;
    private final double maxMemory;
    private int rounds;

    NodeSubsetSearch(PodPackingInstance instance, long seed) {
        this.instance = instance;
        this.random = new SplittableRandom(seed);
        this.tierOf = instance.tierOfPods();
        this.maxCpu = Math.max(1, instance.nodes().stream().mapToLong(ClusterNode::cpuMillis).max().orElse(1));
        this.maxMemory = Math.max(1, instance.nodes().stream().mapToLong(ClusterNode::memoryBytes).max().orElse(1));
    }

    int rounds() {
        return rounds;
    }

    /**
     * Improves {@code start} in rounds until {@code deadline} is reached (or too close for another round, or its
     * termination is requested: the running round's CP-SAT then stops too); returns the best plan.
     */
    PodPlacement improve(PodPlacement start, SolveOptions options, Deadline deadline,
                         SolutionListener<PodPlacement> listener) {
        PodPlacement best = start;
        PodPackingObjective bestObjective = PodPackingEvaluator.objective(instance, best);
        while (!bestObjective.isPerfect() && !deadline.isReached()) {
            Duration left = deadline.remaining();
            if (left.compareTo(MINIMUM_ROUND) < 0) {
                break;
            }
            Duration roundTime = left.compareTo(MINIMUM_ROUND.multipliedBy(10)) > 0 ? left.dividedBy(4) : left;
            PodPlacement candidate = round(best, bestObjective, options, deadline.within(roundTime));
            rounds++;
            PodPackingObjective candidateObjective = PodPackingEvaluator.objective(instance, candidate);
            if (candidateObjective.compareTo(bestObjective) < 0) {
                best = candidate;
                bestObjective = candidateObjective;
                listener.onImprovingSolution(best, bestObjective.scalar(), Double.NaN, deadline.elapsed());
            }
        }
        return best;
    }

    private PodPlacement round(PodPlacement plan, PodPackingObjective objective, SolveOptions options,
                               Deadline roundDeadline) {
        int[] nodes = chooseNodes(plan, firstUnsatisfiedTier(objective));
        int[] localOfNode = new int[instance.nodeCount()];
        Arrays.fill(localOfNode, -1);
        List<ClusterNode> subNodes = new ArrayList<>();
        for (int node : nodes) {
            localOfNode[node] = subNodes.size();
            subNodes.add(instance.nodes().get(node));
        }
        List<Integer> members = members(plan, localOfNode);
        List<Pod> subPods = new ArrayList<>();
        int[] subStart = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Pod pod = instance.pods().get(members.get(i));
            int original = pod.isRunning() ? localOfNode[pod.currentNode()] : Pod.PENDING;
            subPods.add(new Pod(pod.name(), pod.cpuMillis(), pod.memoryBytes(), pod.priority(), original,
                    pod.protectedPod() && original != Pod.PENDING));
            int planned = plan.nodeOf(members.get(i));
            subStart[i] = planned == Pod.PENDING ? Pod.PENDING : localOfNode[planned];
        }
        PodPackingInstance sub = new PodPackingInstance(instance.name() + "-round", subNodes, subPods);
        SolveResult<PodPlacement> result = cpSat.solveFrom(sub, new PodPlacement(subStart), options, roundDeadline,
                SolutionListener.none());
        int[] merged = plan.nodes();
        for (int i = 0; i < members.size(); i++) {
            int local = result.solution().nodeOf(i);
            merged[members.get(i)] = local == Pod.PENDING ? Pod.PENDING : nodes[local];
        }
        return new PodPlacement(merged);
    }

    /** The pods on the chosen nodes and the unplaced pods (highest tiers first, at most {@link #UNPLACED_PER_ROUND}). */
    private List<Integer> members(PodPlacement plan, int[] localOfNode) {
        List<Integer> members = new ArrayList<>();
        List<Integer> unplaced = new ArrayList<>();
        for (int p = 0; p < instance.podCount(); p++) {
            int node = plan.nodeOf(p);
            if (node == Pod.PENDING) {
                unplaced.add(p);
            } else if (localOfNode[node] >= 0) {
                members.add(p);
            }
        }
        unplaced.sort(Comparator.comparingInt((Integer p) -> tierOf[p]).thenComparingInt(p -> p));
        members.addAll(unplaced.subList(0, Math.min(UNPLACED_PER_ROUND, unplaced.size())));
        return members;
    }

    private static int firstUnsatisfiedTier(PodPackingObjective objective) {
        for (int t = 0; t < objective.tiers().size(); t++) {
            if (objective.tiers().get(t).unplaced() > 0) {
                return t;
            }
        }
        return objective.tiers().size() - 1;
    }

    /**
     * The nodes to free: a quarter among the nodes large enough for the first unplaced pod of {@code tier} (those where
     * the pods of higher or equal tiers hold least), half among the nodes with the most free capacity (to take the
     * pods that make way), the rest at random.
     */
    private int[] chooseNodes(PodPlacement plan, int tier) {
        int count = Math.min(NODES_PER_ROUND, instance.nodeCount());
        long[] heldCpu = new long[instance.nodeCount()];
        long[] heldMemory = new long[instance.nodeCount()];
        long[] usedCpu = new long[instance.nodeCount()];
        long[] usedMemory = new long[instance.nodeCount()];
        Pod target = null;
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            int node = plan.nodeOf(p);
            if (node == Pod.PENDING) {
                target = target == null && tierOf[p] == tier ? pod : target;
                continue;
            }
            usedCpu[node] += pod.cpuMillis();
            usedMemory[node] += pod.memoryBytes();
            if (tierOf[p] <= tier || pod.protectedPod()) {
                heldCpu[node] += pod.cpuMillis();
                heldMemory[node] += pod.memoryBytes();
            }
        }
        boolean[] chosen = new boolean[instance.nodeCount()];
        List<Integer> nodes = new ArrayList<>();
        Pod wanted = target;
        take(nodes, chosen, count / 4, n -> wanted == null || instance.nodes().get(n).fitsEmpty(wanted),
                n -> (double) heldCpu[n] / Math.max(1, instance.nodes().get(n).cpuMillis())
                        + (double) heldMemory[n] / Math.max(1, instance.nodes().get(n).memoryBytes()));
        take(nodes, chosen, count / 2, n -> true, n -> -(double) (instance.nodes().get(n).cpuMillis() - usedCpu[n])
                / maxCpu - (double) (instance.nodes().get(n).memoryBytes() - usedMemory[n]) / maxMemory);
        while (nodes.size() < count) {
            int node = random.nextInt(instance.nodeCount());
            if (!chosen[node]) {
                chosen[node] = true;
                nodes.add(node);
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Adds up to {@code wanted} unchosen nodes passing {@code eligible}, lowest {@code cost} first (ties random). */
    private void take(List<Integer> nodes, boolean[] chosen, int wanted, IntPredicate eligible,
                      IntToDoubleFunction cost) {
        double[] noise = random.doubles(instance.nodeCount(), 0, 1e-9).toArray();
        List<Integer> candidates = new ArrayList<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            if (!chosen[n] && eligible.test(n)) {
                candidates.add(n);
            }
        }
        candidates.sort(Comparator.comparingDouble(n -> cost.applyAsDouble(n) + noise[n]));
        for (int n : candidates.subList(0, Math.min(wanted, candidates.size()))) {
            chosen[n] = true;
            nodes.add(n);
        }
    }
}
