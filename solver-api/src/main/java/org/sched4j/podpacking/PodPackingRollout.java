package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a plan is carried out on a live cluster, and its dry run.
 *
 * <p>{@link #steps}: first the evictions of the running pods the plan leaves unplaced (lowest priority first: they
 * free room); then the moves, each an eviction followed at once by the binding of the pod (its replacement) to its new
 * node, a move taken as soon as its new node has room for it (so moves that free room for others go first; when moves
 * wait on each other in a cycle, one of them is evicted first and bound once room appears); then the bindings of the
 * pending pods, highest priority first, in creation order.
 *
 * <p>{@link #dryRun} carries the steps out on a copy of the cluster and checks after every step what the step can
 * break: after an eviction, that no PodDisruptionBudget has more of its pods disrupted so far than it allows (kept
 * per budget, O(budgets of the pod)); after a binding, the capacities and GPU packing of its node and the rules between
 * the pod and its node; after the binding that ends a move, every hard rule of {@link PodPackingEvaluator} on the
 * cluster as it stands (a move is the only step that adds a pod while others are away); and at the end, every hard
 * rule on the whole cluster and that it is the plan. The bindings of pending pods come last and only add pods to a
 * cluster whose end state is checked: capacity and anti-affinity cannot break on the way, a spread or an affinity
 * partner may be short only until the last binding. O(steps · pods on a node + moves · (pods + nodes)).
 */
public final class PodPackingRollout {

    private PodPackingRollout() {
    }

    /** The steps that carry out {@code plan} from the scenario's current state, in order (see the class comment). */
    public static List<RolloutStep> steps(PodPackingInstance instance, PodPlacement plan) {
        List<RolloutStep> steps = new ArrayList<>();
        int[] state = instance.currentPlacement().nodes();
        List<Integer> evictions = new ArrayList<>(plan.evictions(instance));
        evictions.sort(Comparator.comparingInt((Integer p) -> instance.pods().get(p).priority()).thenComparing(p -> p));
        for (int pod : evictions) {
            steps.add(new RolloutStep(RolloutStep.Kind.EVICT, pod, state[pod]));
            state[pod] = Pod.PENDING;
        }
        List<Integer> moves = new ArrayList<>(plan.moves(instance));
        List<Integer> waiting = new ArrayList<>();
        while (!moves.isEmpty() || !waiting.isEmpty()) {
            boolean progressed = false;
            for (int i = 0; i < waiting.size(); i++) {
                int pod = waiting.get(i);
                if (fits(instance, state, pod, plan.nodeOf(pod))) {
                    steps.add(new RolloutStep(RolloutStep.Kind.BIND, pod, plan.nodeOf(pod)));
                    state[pod] = plan.nodeOf(pod);
                    waiting.remove(i--);
                    progressed = true;
                }
            }
            for (int i = 0; i < moves.size(); i++) {
                int pod = moves.get(i);
                int[] without = state.clone();
                without[pod] = Pod.PENDING;
                if (fits(instance, without, pod, plan.nodeOf(pod))) {
                    steps.add(new RolloutStep(RolloutStep.Kind.EVICT, pod, state[pod]));
                    steps.add(new RolloutStep(RolloutStep.Kind.BIND, pod, plan.nodeOf(pod)));
                    state[pod] = plan.nodeOf(pod);
                    moves.remove(i--);
                    progressed = true;
                }
            }
            if (!progressed) {
                List<Integer> stuck = moves.isEmpty() ? waiting : moves;
                int pod = stuck.removeFirst();
                if (stuck == moves) {
                    steps.add(new RolloutStep(RolloutStep.Kind.EVICT, pod, state[pod]));
                    state[pod] = Pod.PENDING;
                    waiting.add(pod);
                } else {
                    steps.add(new RolloutStep(RolloutStep.Kind.BIND, pod, plan.nodeOf(pod)));
                    state[pod] = plan.nodeOf(pod);
                }
            }
        }
        List<Integer> pending = new ArrayList<>();
        for (int p = 0; p < instance.podCount(); p++) {
            if (!instance.pods().get(p).isRunning() && plan.nodeOf(p) != Pod.PENDING) {
                pending.add(p);
            }
        }
        pending.sort(Comparator.comparingInt((Integer p) -> -instance.pods().get(p).priority()).thenComparing(p -> p));
        for (int pod : pending) {
            steps.add(new RolloutStep(RolloutStep.Kind.BIND, pod, plan.nodeOf(pod)));
        }
        return steps;
    }

    /**
     * Carries {@code steps} out on a copy of the cluster; returns the problems, each naming the step (1-based) where a
     * hard rule first breaks, and a final problem when the steps do not end in {@code plan}; empty when the rollout is
     * safe (see the class comment for what is checked after each step).
     */
    public static List<String> dryRun(PodPackingInstance instance, PodPlacement plan, List<RolloutStep> steps) {
        int[] state = instance.currentPlacement().nodes();
        List<String> before = new PodPackingEvaluator().evaluate(instance, instance.currentPlacement()).violations();
        List<List<Integer>> budgetsOf = budgetsOfPods(instance);
        int[] disrupted = new int[instance.budgets().size()];
        List<List<Pod>> onNode = new ArrayList<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            onNode.add(new ArrayList<>());
        }
        for (int p = 0; p < state.length; p++) {
            if (state[p] != Pod.PENDING) {
                onNode.get(state[p]).add(instance.pods().get(p));
            }
        }
        for (int s = 0; s < steps.size(); s++) {
            RolloutStep step = steps.get(s);
            Pod pod = instance.pods().get(step.pod());
            String at = "step " + (s + 1) + " (" + (step.kind() == RolloutStep.Kind.EVICT ? "evict " : "bind ")
                    + pod.name() + (step.kind() == RolloutStep.Kind.BIND ? " to " + instance.nodes().get(step.node())
                    .name() : "") + "): ";
            if (step.kind() == RolloutStep.Kind.EVICT) {
                if (state[step.pod()] != step.node()) {
                    return List.of(at + "the pod is not on " + instance.nodes().get(step.node()).name());
                }
                if (pod.protectedPod()) {
                    return List.of(at + "protected: the pod is protected");
                }
                state[step.pod()] = Pod.PENDING;
                onNode.get(step.node()).remove(pod);
                for (int budget : budgetsOf.get(step.pod())) {
                    if (++disrupted[budget] > instance.budgets().get(budget).allowedDisruptions()) {
                        DisruptionBudget overdrawn = instance.budgets().get(budget);
                        return List.of(at + "disruption-budget: the plan disrupts " + disrupted[budget]
                                + " pods of budget " + overdrawn.name() + ", which allows "
                                + overdrawn.allowedDisruptions());
                    }
                }
                continue;
            }
            if (state[step.pod()] != Pod.PENDING) {
                return List.of(at + "the pod is still bound");
            }
            state[step.pod()] = step.node();
            onNode.get(step.node()).add(pod);
            ClusterNode node = instance.nodes().get(step.node());
            if (!NodeLoads.fits(node, onNode.get(step.node()))) {
                return List.of(at + "capacity: the pods on " + node.name() + " exceed its CPU, memory, pod limit or "
                        + "GPU devices");
            }
            List<String> violations = pod.isRunning()
                    ? new PodPackingEvaluator().evaluate(instance, new PodPlacement(state)).violations().stream()
                            .filter(violation -> !before.contains(violation)).toList()
                    : nodeRuleViolation(instance, pod, step.node());
            if (!violations.isEmpty()) {
                return List.of(at + violations.getFirst());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!new PodPlacement(state).equals(plan)) {
            problems.add("the steps do not end in the plan");
        }
        new PodPackingEvaluator().evaluate(instance, new PodPlacement(state)).violations().stream()
                .filter(violation -> !before.contains(violation)).findFirst()
                .ifPresent(violation -> problems.add("after the last step: " + violation));
        return problems;
    }

    /** The budgets covering each running pod (a pending pod's binding disrupts nothing). */
    private static List<List<Integer>> budgetsOfPods(PodPackingInstance instance) {
        List<List<Integer>> budgetsOf = new ArrayList<>();
        for (Pod pod : instance.pods()) {
            List<Integer> covering = new ArrayList<>();
            for (int b = 0; b < instance.budgets().size() && pod.isRunning(); b++) {
                if (instance.budgets().get(b).covers(pod)) {
                    covering.add(b);
                }
            }
            budgetsOf.add(covering);
        }
        return budgetsOf;
    }

    private static List<String> nodeRuleViolation(PodPackingInstance instance, Pod pod, int node) {
        String violation = PlacementRules.staticViolation(pod, instance.nodes().get(node), node == pod.currentNode());
        return violation == null ? List.of() : List.of(violation);
    }

    /** Whether {@code pod} fits {@code node} beside the pods {@code state} puts there (resources and GPUs). */
    private static boolean fits(PodPackingInstance instance, int[] state, int pod, int node) {
        int[] with = state.clone();
        with[pod] = node;
        return fitsNode(instance, with, node);
    }

    /** Whether the pods {@code state} puts on {@code node} fit its resources and GPUs. */
    private static boolean fitsNode(PodPackingInstance instance, int[] state, int node) {
        List<Pod> onNode = new ArrayList<>();
        for (int p = 0; p < state.length; p++) {
            if (state[p] == node) {
                onNode.add(instance.pods().get(p));
            }
        }
        return NodeLoads.fits(instance.nodes().get(node), onNode);
    }
}
