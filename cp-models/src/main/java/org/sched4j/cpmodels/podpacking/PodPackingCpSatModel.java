package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * The CP-SAT model of pod packing of Christensen, Giallorenzo &amp; Mauro ("Priority Matters", 2025), in the order of
 * the mathematics:
 * <ul>
 *   <li>variables: a boolean {@code x[p][n]} "pod p runs on node n" only where pod p fits node n while the node is
 *       empty (CPU, memory, pod limit); protected pods have none, their requests are taken off their node;</li>
 *   <li>constraints: each pod on at most one node; on each node the CPU and memory requests within the allocatable
 *       amounts and the pod count within the pod limit;</li>
 *   <li>objective expressions, per priority tier: the pods placed, and the disruption of the running pods
 *       {@code sum (1 + sum_n x[p][n] - 2 x[p][current])} (0 when it stays, 1 when evicted, 2 when moved).</li>
 * </ul>
 * {@link CpSatPodPackingSolver} optimises the tiers one after the other.
 */
final class PodPackingCpSatModel {

    private final PodPackingInstance instance;
    private final CpModel model = new CpModel();
    private final BoolVar[][] placedOn;
    private final int[] tierOf;
    private final int tierCount;
    private int variables;

    PodPackingCpSatModel(PodPackingInstance instance) {
        this.instance = instance;
        this.tierOf = instance.tierOfPods();
        this.tierCount = instance.tierPriorities().size();
        this.placedOn = new BoolVar[instance.podCount()][];
        createVariables();
        addCapacities();
    }

    private void createVariables() {
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            placedOn[p] = new BoolVar[instance.nodeCount()];
            if (pod.protectedPod()) {
                continue;
            }
            List<Literal> choices = new ArrayList<>();
            for (int n = 0; n < instance.nodeCount(); n++) {
                if (instance.nodes().get(n).fitsEmpty(pod)) {
                    placedOn[p][n] = model.newBoolVar("x_" + p + "_" + n);
                    choices.add(placedOn[p][n]);
                    variables++;
                }
            }
            if (choices.size() > 1) {
                model.addAtMostOne(choices);
            }
        }
    }

    private void addCapacities() {
        for (int n = 0; n < instance.nodeCount(); n++) {
            ClusterNode node = instance.nodes().get(n);
            LinearExprBuilder cpu = LinearExpr.newBuilder();
            LinearExprBuilder memory = LinearExpr.newBuilder();
            LinearExprBuilder count = LinearExpr.newBuilder();
            long fixedCpu = 0;
            long fixedMemory = 0;
            long fixedCount = 0;
            for (int p = 0; p < instance.podCount(); p++) {
                Pod pod = instance.pods().get(p);
                if (pod.protectedPod() && pod.currentNode() == n) {
                    fixedCpu += pod.cpuMillis();
                    fixedMemory += pod.memoryBytes();
                    fixedCount++;
                } else if (placedOn[p][n] != null) {
                    cpu.addTerm(placedOn[p][n], pod.cpuMillis());
                    memory.addTerm(placedOn[p][n], pod.memoryBytes());
                    count.add(placedOn[p][n]);
                }
            }
            model.addLessOrEqual(cpu, node.cpuMillis() - fixedCpu);
            model.addLessOrEqual(memory, node.memoryBytes() - fixedMemory);
            model.addLessOrEqual(count, node.podLimit() - fixedCount);
        }
    }

    /** The number of placement booleans. */
    int variableCount() {
        return variables;
    }

    int tierCount() {
        return tierCount;
    }

    CpModel model() {
        return model;
    }

    /** Whether tier {@code tier} has running pods that may be disrupted (else its disruption is always 0). */
    boolean hasDisruptableRunningPods(int tier) {
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (tierOf[p] == tier && pod.isRunning() && !pod.protectedPod()) {
                return true;
            }
        }
        return false;
    }

    /** The placed pods of tier {@code tier} that are not protected (protected pods are always placed). */
    LinearExpr placed(int tier) {
        LinearExprBuilder placed = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            if (tierOf[p] == tier) {
                for (BoolVar x : placedOn[p]) {
                    if (x != null) {
                        placed.add(x);
                    }
                }
            }
        }
        return placed.build();
    }

    /** The disruption of the running pods of tier {@code tier}: 1 per eviction, 2 per move. */
    LinearExpr disruption(int tier) {
        LinearExprBuilder disruption = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (tierOf[p] != tier || !pod.isRunning() || pod.protectedPod()) {
                continue;
            }
            disruption.add(1);
            for (int n = 0; n < instance.nodeCount(); n++) {
                if (placedOn[p][n] != null) {
                    disruption.addTerm(placedOn[p][n], n == pod.currentNode() ? -1 : 1);
                }
            }
        }
        return disruption.build();
    }

    /** Replaces the solution hint with {@code placement}. */
    void hint(PodPlacement placement) {
        model.clearHints();
        for (int p = 0; p < instance.podCount(); p++) {
            for (int n = 0; n < instance.nodeCount(); n++) {
                if (placedOn[p][n] != null) {
                    model.addHint(placedOn[p][n], placement.nodeOf(p) == n);
                }
            }
        }
    }

    /** The placement in {@code solver}'s last solution; protected pods stay on their node. */
    PodPlacement read(CpSolver solver) {
        int[] nodes = new int[instance.podCount()];
        Arrays.fill(nodes, Pod.PENDING);
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (pod.protectedPod()) {
                nodes[p] = pod.currentNode();
                continue;
            }
            for (int n = 0; n < instance.nodeCount(); n++) {
                if (placedOn[p][n] != null && solver.booleanValue(placedOn[p][n])) {
                    nodes[p] = n;
                }
            }
        }
        return new PodPlacement(nodes);
    }
}
