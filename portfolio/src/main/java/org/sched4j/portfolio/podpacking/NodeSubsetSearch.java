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
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;
import org.sched4j.cpmodels.podpacking.PodPackingNeighbourhood;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PlacementRules;

/**
 * A large neighbourhood search for clusters too large for one CP-SAT model: round after round it frees the pods of a
 * few nodes ({@value #NODES_PER_ROUND}) and lets {@link CpSatPodPackingSolver#improve} re-plan them on those nodes,
 * together with up to {@value #UNPLACED_PER_ROUND} unplaced pods (an evicted running pod may also return to its own
 * node); every other pod stays fixed where the plan puts it. The model of a round is the whole cluster's with the
 * fixed pods as constants ({@link PodPackingNeighbourhood}): the pods outside the chosen nodes count in the
 * affinity and anti-affinity domains, in the spread counts of every domain, in the disruption budgets (their
 * disruptions are spent before the round) and in the first-of-group exception, so a round's plan is valid for the
 * whole cluster whenever the evaluator's GPU packing search finds the model's packing. Every round's plan is checked
 * by the evaluator on the whole cluster and kept only when valid and better by {@link PodPackingObjective#compareTo}.
 *
 * <p>Two kinds of rounds:
 * <ul>
 *   <li>placement ({@link #improve}, {@link CpSatPodPackingSolver.Goal#PLACEMENT}: the tiers, then the node-local
 *       soft penalty): a quarter of the nodes among those that may take the first unplaced pod of the highest
 *       unsatisfied tier (where the pods of that tier or above hold least), half with the most free capacity (free
 *       GPU thousandths counting when GPU pods wait), the rest at random ({@link #chooseNodes});</li>
 *   <li>fragmentation ({@link #reduceFragmentation}, {@link CpSatPodPackingSolver.Goal#FRAGMENTATION}: the tiers and
 *       the node-local soft penalty kept, the fragmentation proxy minimised): half the GPU nodes with the largest
 *       expected fragment (FGD), the rest GPU nodes at random.</li>
 * </ul>
 */
final class NodeSubsetSearch {

    /** Nodes freed per round. */
    static final int NODES_PER_ROUND = 16;
    /** The most unplaced pods offered per round, highest tiers first. */
    static final int UNPLACED_PER_ROUND = 200;
    private static final Duration MINIMUM_ROUND = Duration.ofMillis(200);
    private static final Duration SHORTEST_ROUND = Duration.ofMillis(1500);

    private final PodPackingInstance instance;
    private final SplittableRandom random;
    private final CpSatPodPackingSolver cpSat = new CpSatPodPackingSolver();
    private final int[] tierOf;
    private int rounds;
    private int acceptedRounds;
    private int fragmentationRounds;
    private int rejectedGpuPackings;
    private int rejectedPlans;

    NodeSubsetSearch(PodPackingInstance instance, long seed) {
        this.instance = instance;
        this.random = new SplittableRandom(seed);
        this.tierOf = instance.tierOfPods();
    }

    /** The rounds run, of both kinds. */
    int rounds() {
        return rounds;
    }

    /** The rounds whose plan was kept. */
    int acceptedRounds() {
        return acceptedRounds;
    }

    /** The fragmentation rounds run. */
    int fragmentationRounds() {
        return fragmentationRounds;
    }

    /** Plans of the rounds' models the evaluator's GPU packing search could not pack. */
    int rejectedGpuPackings() {
        return rejectedGpuPackings;
    }

    /** Plans of the rounds' models the evaluator rejected for another reason (a defect of the model). */
    int rejectedPlans() {
        return rejectedPlans;
    }

    /**
     * Improves the valid plan {@code start} in placement rounds until {@code deadline} is reached (or too close for
     * another round, or its termination is requested: the running round's CP-SAT then stops too), or until every pod
     * is placed without disruption or soft penalty; returns the best plan.
     */
    Best improve(Best start, SolveOptions options, Deadline deadline, SolutionListener<PodPlacement> listener) {
        Best best = start;
        while (!(best.objective().tiersPerfect() && best.objective().softPenalty() == 0)) {
            Deadline round = nextRound(deadline);
            if (round == null) {
                break;
            }
            int[] nodes = chooseNodes(best.plan(), firstUnsatisfiedTier(best.objective()));
            best = run(best, nodes, true, CpSatPodPackingSolver.Goal.PLACEMENT, options, round, deadline, listener);
        }
        return best;
    }

    /**
     * Lowers the GPU fragmentation of the valid plan {@code start} in fragmentation rounds until {@code deadline};
     * returns the best plan (never worse by {@link PodPackingObjective#compareTo}).
     */
    Best reduceFragmentation(Best start, SolveOptions options, Deadline deadline,
                             SolutionListener<PodPlacement> listener) {
        Best best = start;
        List<Integer> gpuNodes = new ArrayList<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            if (instance.nodes().get(n).gpus() > 0) {
                gpuNodes.add(n);
            }
        }
        while (!gpuNodes.isEmpty()
                && best.objective().gpuFragmentation() > PodPackingObjective.FRAGMENTATION_TOLERANCE) {
            Deadline round = nextRound(deadline);
            if (round == null) {
                break;
            }
            fragmentationRounds++;
            int[] nodes = chooseFragmentedNodes(best.plan(), gpuNodes);
            best = run(best, nodes, false, CpSatPodPackingSolver.Goal.FRAGMENTATION, options, round, deadline,
                    listener);
        }
        return best;
    }

    /**
     * The deadline of the next round: a quarter of the time left, at least {@link #SHORTEST_ROUND} (building the
     * model of a round takes a few hundred milliseconds on a cluster of 10,000 pods), all of it when less is left; null
     * when less than {@link #MINIMUM_ROUND} is left.
     */
    private static Deadline nextRound(Deadline deadline) {
        if (deadline.isReached()) {
            return null;
        }
        Duration left = deadline.remaining();
        if (left.compareTo(MINIMUM_ROUND) < 0) {
            return null;
        }
        Duration quarter = left.dividedBy(4);
        return deadline.within(quarter.compareTo(SHORTEST_ROUND) > 0 ? quarter : SHORTEST_ROUND);
    }

    private Best run(Best best, int[] nodes, boolean withUnplaced, CpSatPodPackingSolver.Goal goal,
                     SolveOptions options, Deadline round, Deadline deadline,
                     SolutionListener<PodPlacement> listener) {
        rounds++;
        PodPackingNeighbourhood neighbourhood = neighbourhood(best.plan(), nodes, withUnplaced);
        CpSatPodPackingSolver.Improvement improvement = cpSat.improve(neighbourhood, best.objective(), goal, options,
                round);
        rejectedGpuPackings += improvement.rejectedGpuPackings();
        rejectedPlans += improvement.rejectedOther();
        if (improvement.valid() && improvement.objective().compareTo(best.objective()) < 0) {
            acceptedRounds++;
            listener.onImprovingSolution(improvement.plan(), improvement.objective().scalar(), Double.NaN,
                    deadline.elapsed());
            return new Best(improvement.plan(), improvement.objective());
        }
        return best;
    }

    /**
     * Frees the pods on {@code nodes} (not the protected ones) on those nodes and, when {@code withUnplaced}, the
     * unplaced pods (highest tiers first, at most {@link #UNPLACED_PER_ROUND}; a running one also on its own node).
     */
    private PodPackingNeighbourhood neighbourhood(PodPlacement plan, int[] nodes, boolean withUnplaced) {
        boolean[] chosen = new boolean[instance.nodeCount()];
        for (int node : nodes) {
            chosen[node] = true;
        }
        int[][] candidates = new int[instance.podCount()][];
        List<Integer> unplaced = new ArrayList<>();
        for (int p = 0; p < instance.podCount(); p++) {
            int node = plan.nodeOf(p);
            if (node == Pod.PENDING) {
                unplaced.add(p);
            } else if (chosen[node] && !instance.pods().get(p).protectedPod()) {
                candidates[p] = nodes;
            }
        }
        if (withUnplaced) {
            unplaced.sort(Comparator.comparingInt((Integer p) -> tierOf[p]).thenComparingInt(p -> p));
            for (int p : unplaced.subList(0, Math.min(UNPLACED_PER_ROUND, unplaced.size()))) {
                Pod pod = instance.pods().get(p);
                boolean elsewhere = pod.isRunning() && !chosen[pod.currentNode()];
                candidates[p] = elsewhere ? append(nodes, pod.currentNode()) : nodes;
            }
        }
        return PodPackingNeighbourhood.of(instance, plan, candidates);
    }

    private static int[] append(int[] nodes, int node) {
        int[] more = Arrays.copyOf(nodes, nodes.length + 1);
        more[nodes.length] = node;
        return more;
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
     * The nodes to free in a placement round: a quarter among the nodes that may take the first unplaced pod of
     * {@code tier} (those where the pods of higher or equal tiers hold least), half among the nodes with the most free
     * capacity (to take the pods that make way; free GPU counts when an unplaced pod asks for GPUs), the rest at
     * random.
     */
    private int[] chooseNodes(PodPlacement plan, int tier) {
        int count = Math.min(NODES_PER_ROUND, instance.nodeCount());
        NodeUsage usage = new NodeUsage(instance, plan, tier);
        Pod target = usage.firstUnplaced();
        boolean gpusWanted = usage.unplacedGpuPods() > 0;
        boolean[] chosen = new boolean[instance.nodeCount()];
        List<Integer> nodes = new ArrayList<>();
        take(nodes, chosen, count / 4, n -> target == null || mayTake(target, instance.nodes().get(n)),
                usage::heldShare);
        take(nodes, chosen, count / 2, n -> true, n -> -usage.freeShare(n, gpusWanted));
        while (nodes.size() < count) {
            int node = random.nextInt(instance.nodeCount());
            if (!chosen[node]) {
                chosen[node] = true;
                nodes.add(node);
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean mayTake(Pod pod, ClusterNode node) {
        return node.fitsEmpty(pod) && PlacementRules.allowedNew(pod, node);
    }

    /** Half the GPU nodes with the largest expected fragment, the rest GPU nodes at random. */
    private int[] chooseFragmentedNodes(PodPlacement plan, List<Integer> gpuNodes) {
        int count = Math.min(NODES_PER_ROUND, gpuNodes.size());
        double[] fragment = NodeUsage.fragments(instance, plan);
        boolean[] chosen = new boolean[instance.nodeCount()];
        List<Integer> nodes = new ArrayList<>();
        take(nodes, chosen, count / 2, n -> instance.nodes().get(n).gpus() > 0, n -> -fragment[n]);
        while (nodes.size() < count) {
            int node = gpuNodes.get(random.nextInt(gpuNodes.size()));
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

    /**
     * A valid plan and its objective.
     *
     * @param plan      the plan
     * @param objective its objective
     */
    record Best(PodPlacement plan, PodPackingObjective objective) {
    }
}
