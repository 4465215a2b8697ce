package org.sched4j.instances.podpacking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * A generated cluster: the scenario, and the PodDisruptionBudgets as written ({@link DisruptionBudgetSpec}), from which
 * the scenario's budgets are computed for its current state.
 *
 * @param instance    the scenario; its budgets are those of {@code budgetSpecs} in its current state
 * @param budgetSpecs the budgets' specs, in the order of the scenario's budgets
 */
public record GeneratedCluster(PodPackingInstance instance, List<DisruptionBudgetSpec> budgetSpecs) {

    public GeneratedCluster {
        Objects.requireNonNull(instance, "instance");
        budgetSpecs = List.copyOf(budgetSpecs);
        if (budgetSpecs.size() != instance.budgets().size()) {
            throw new IllegalArgumentException("the scenario has " + instance.budgets().size() + " budgets but "
                    + budgetSpecs.size() + " specs are given");
        }
    }

    /** The cluster of {@code instance} without budgets of its own, its budgets computed from {@code specs}. */
    public static GeneratedCluster of(PodPackingInstance instance, List<DisruptionBudgetSpec> specs) {
        List<DisruptionBudget> budgets = specs.stream().map(spec -> spec.budget(instance)).toList();
        return new GeneratedCluster(new PodPackingInstance(instance.name(), instance.nodes(), instance.pods(), budgets,
                instance.unsupported()), specs);
    }

    /**
     * The cluster once the pending pods {@code proposal} places run there, as far as the rules allow
     * ({@link AllowedPlacementFilter}: a proposed placement that a rule forbids, given the pods kept before it in
     * creation order, leaves the pod pending); running pods stay where they are. The budgets are recomputed for the
     * new state.
     *
     * @throws IllegalArgumentException when the proposal has the wrong number of pods
     */
    public GeneratedCluster withRunning(PodPlacement proposal) {
        if (proposal.size() != instance.podCount()) {
            throw new IllegalArgumentException("the proposal places " + proposal.size() + " pods but the scenario has "
                    + instance.podCount());
        }
        int[] kept = AllowedPlacementFilter.keep(instance, proposal);
        List<Pod> pods = new ArrayList<>();
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            pods.add(pod.isRunning() ? pod : pod.at(kept[p], false));
        }
        return of(instance.withPods(pods), budgetSpecs);
    }
}
