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
 * <p>{@link #dryRun} carries the steps out on a copy of the cluster and checks, after every step, every hard rule
 * of {@link PodPackingEvaluator} on the cluster as it stands then — resources and GPU packing of every node, the rules
 * between pods and nodes and between pods, and that no PodDisruptionBudget has more of its pods disrupted so far than
 * it allows — and at the end that the cluster is the plan. Evaluating after every binding costs O(steps · (pods +
 * nodes)) when pods carry inter-pod rules, O(steps + pods + nodes) otherwise.
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
     * safe.
     */
    public static List<String> dryRun(PodPackingInstance instance, PodPlacement plan, List<RolloutStep> steps) {
        List<String> problems = new ArrayList<>();
        int[] state = instance.currentPlacement().nodes();
        boolean interPod = instance.pods().stream().anyMatch(pod -> pod.scheduling().hasInterPodRules());
        List<String> before = new PodPackingEvaluator().evaluate(instance, instance.currentPlacement()).violations();
        for (int s = 0; s < steps.size(); s++) {
            RolloutStep step = steps.get(s);
            Pod pod = instance.pods().get(step.pod());
            if (step.kind() == RolloutStep.Kind.EVICT) {
                if (state[step.pod()] != step.node()) {
                    problems.add("step " + (s + 1) + ": evicts " + pod.name() + " from a node it is not on");
                    return problems;
                }
                state[step.pod()] = Pod.PENDING;
                if (pod.protectedPod()) {
                    problems.add("step " + (s + 1) + ": evicts protected pod " + pod.name());
                    return problems;
                }
                if (!instance.budgets().isEmpty()) {
                    List<String> violations = new ArrayList<>();
                    InterPodRules.checkBudgets(instance, new PodPlacement(state), violations);
                    if (!violations.isEmpty()) {
                        problems.add("step " + (s + 1) + " (evict " + pod.name() + "): " + violations.getFirst());
                        return problems;
                    }
                }
                continue;
            }
            if (state[step.pod()] != Pod.PENDING) {
                problems.add("step " + (s + 1) + ": binds " + pod.name() + ", which is still bound");
                return problems;
            }
            state[step.pod()] = step.node();
            List<String> violations = interPod || !fitsNode(instance, state, step.node())
                    ? new PodPackingEvaluator().evaluate(instance, new PodPlacement(state)).violations()
                    : nodeRuleViolation(instance, pod, step.node());
            violations = violations.stream().filter(violation -> !before.contains(violation)).toList();
            if (!violations.isEmpty()) {
                problems.add("step " + (s + 1) + " (bind " + pod.name() + " to "
                        + instance.nodes().get(step.node()).name() + "): " + violations.getFirst());
                return problems;
            }
        }
        if (!new PodPlacement(state).equals(plan)) {
            problems.add("the steps do not end in the plan");
        }
        return problems;
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
