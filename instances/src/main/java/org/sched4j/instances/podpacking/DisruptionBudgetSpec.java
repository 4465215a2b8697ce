package org.sched4j.instances.podpacking;

import java.util.Objects;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * A PodDisruptionBudget as written ({@code policy/v1} {@code spec}): its selector and either {@code minAvailable} or
 * {@code maxUnavailable} (integers), and the scale of the workload it guards. {@link #status} computes what the
 * disruption controller would report for a cluster state ({@code pkg/controller/disruption/disruption.go},
 * {@code getExpectedPodCount} and {@code updatePdbStatus}):
 * <ul>
 *   <li>{@code maxUnavailable}: {@code expectedPods} is the controller's scale (the Deployment's replicas) and
 *       {@code desiredHealthy = max(0, expectedPods - maxUnavailable)};</li>
 *   <li>{@code minAvailable}: {@code expectedPods} is the number of pods the budget selects and
 *       {@code desiredHealthy = minAvailable};</li>
 *   <li>{@code currentHealthy} is the selected pods that run (the model has no readiness: a running pod is ready),
 *       and {@code disruptionsAllowed = max(0, currentHealthy - desiredHealthy)}.</li>
 * </ul>
 *
 * @param namespace      the namespace
 * @param name           the budget's name in its namespace
 * @param selector       {@code spec.selector}; null selects no pod (as a budget without a selector)
 * @param minAvailable   {@code spec.minAvailable}, or -1 when {@code maxUnavailable} is given
 * @param maxUnavailable {@code spec.maxUnavailable}, or -1 when {@code minAvailable} is given
 * @param scale          the replicas of the workload it guards (used with {@code maxUnavailable})
 */
public record DisruptionBudgetSpec(String namespace, String name, LabelSelector selector, int minAvailable,
                                   int maxUnavailable, int scale) {

    /**
     * The budget's {@code status} in a cluster state.
     *
     * @param expectedPods       the pods the budget expects
     * @param currentHealthy     the selected pods that run
     * @param desiredHealthy     the running pods the budget keeps
     * @param disruptionsAllowed how many may be disrupted now
     */
    public record Status(int expectedPods, int currentHealthy, int desiredHealthy, int disruptionsAllowed) {
    }

    public DisruptionBudgetSpec {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        if ((minAvailable < 0) == (maxUnavailable < 0)) {
            throw new IllegalArgumentException("budget " + name + ": give exactly one of minAvailable and "
                    + "maxUnavailable, got " + minAvailable + " and " + maxUnavailable);
        }
        if (scale < 0) {
            throw new IllegalArgumentException("budget " + name + ": scale must be at least 0, got " + scale);
        }
    }

    /** A budget with {@code maxUnavailable} over a workload of {@code scale} replicas. */
    public static DisruptionBudgetSpec maxUnavailable(String namespace, String name, LabelSelector selector,
                                                      int maxUnavailable, int scale) {
        return new DisruptionBudgetSpec(namespace, name, selector, -1, maxUnavailable, scale);
    }

    /** A budget with {@code minAvailable} over a workload of {@code scale} replicas. */
    public static DisruptionBudgetSpec minAvailable(String namespace, String name, LabelSelector selector,
                                                    int minAvailable, int scale) {
        return new DisruptionBudgetSpec(namespace, name, selector, minAvailable, -1, scale);
    }

    /**
     * The spec of a model budget whose origin is unknown: {@code minAvailable} = the running pods it covers minus its
     * {@code allowedDisruptions} (at least 0), which gives the same status in {@code instance}.
     */
    public static DisruptionBudgetSpec of(DisruptionBudget budget, PodPackingInstance instance) {
        String name = budget.name().startsWith(budget.namespace() + "/")
                ? budget.name().substring(budget.namespace().length() + 1) : budget.name();
        int healthy = 0;
        int selected = 0;
        for (Pod pod : instance.pods()) {
            if (budget.covers(pod)) {
                selected++;
                healthy += pod.isRunning() ? 1 : 0;
            }
        }
        return minAvailable(budget.namespace(), name, budget.selector(),
                Math.max(0, healthy - budget.allowedDisruptions()), selected);
    }

    /** Whether the budget selects {@code pod}. */
    public boolean selects(Pod pod) {
        return selector != null && namespace.equals(pod.scheduling().namespace())
                && selector.matches(pod.scheduling().labels());
    }

    /** What the disruption controller reports for the budget in {@code instance}'s current state. */
    public Status status(PodPackingInstance instance) {
        int selected = 0;
        int healthy = 0;
        for (Pod pod : instance.pods()) {
            if (selects(pod)) {
                selected++;
                healthy += pod.isRunning() ? 1 : 0;
            }
        }
        int expected = maxUnavailable >= 0 ? scale : selected;
        int desired = maxUnavailable >= 0 ? Math.max(0, expected - maxUnavailable) : minAvailable;
        return new Status(expected, healthy, desired, Math.max(0, healthy - desired));
    }

    /** The model's budget in {@code instance}'s current state, named {@code namespace/name}. */
    public DisruptionBudget budget(PodPackingInstance instance) {
        return new DisruptionBudget(namespace + "/" + name, namespace, selector,
                status(instance).disruptionsAllowed());
    }
}
