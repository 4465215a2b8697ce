package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Arrays;
import java.util.List;
import org.sched4j.podpacking.GpuFragmentation;
import org.sched4j.podpacking.GpuPacking;
import org.sched4j.podpacking.GpuRequest;

/**
 * A node as a Timefold value: its index in the scenario, what it can allocate, its topology domains and its GPUs. A
 * problem fact.
 */
public final class NodeSlot {

    /** How many bytes make one unit of memory overload on the hard level (1 MiB, so CPU and memory weigh alike). */
    static final long MEMORY_UNIT = 1L << 20;
    /** The fragmentation level's unit: millionths of a GPU (the evaluator's fragment is in thousandths). */
    static final double FRAGMENTATION_SCALE = 1000;

    @PlanningId
    private final int index;
    private final long cpuMillis;
    private final long memoryBytes;
    private final int podLimit;
    private final int gpus;
    private final String gpuModel;
    private final int[] domainIds;
    private final GpuFragmentation workload;
    private final long emptyFragment;

    /**
     * @param index       the node's index in the scenario
     * @param cpuMillis   allocatable CPU in millicores
     * @param memoryBytes allocatable memory in bytes
     * @param podLimit    the most pods it may run
     * @param gpus        its GPU devices
     * @param gpuModel    their model, empty when unknown
     * @param domainIds   its topology domain per topology key index ({@link PodPackingPlanConversion}), -1 where it
     *                    lacks the key's label
     * @param workload    the scenario's GPU workload, null when the plan is not scored on GPU fragmentation
     */
    NodeSlot(int index, long cpuMillis, long memoryBytes, int podLimit, int gpus, String gpuModel, int[] domainIds,
             GpuFragmentation workload) {
        this.index = index;
        this.cpuMillis = cpuMillis;
        this.memoryBytes = memoryBytes;
        this.podLimit = podLimit;
        this.gpus = gpus;
        this.gpuModel = gpuModel;
        this.domainIds = domainIds.clone();
        this.workload = gpus > 0 ? workload : null;
        int[] allFree = new int[gpus];
        Arrays.fill(allFree, 1000);
        this.emptyFragment = this.workload == null ? 0 : scaled(this.workload.node(gpuModel, cpuMillis, allFree));
    }

    /** The node's index in the scenario. */
    public int getIndex() {
        return index;
    }

    /** The node's GPU devices. */
    public int getGpus() {
        return gpus;
    }

    /** The node's domain of topology key {@code keyIndex}, -1 when it lacks the key's label. */
    int domainId(int keyIndex) {
        return domainIds[keyIndex];
    }

    /** The CPU requested beyond the allocatable amount, in millicores; 0 when within. */
    long cpuOverload(long requested) {
        return Math.max(0, requested - cpuMillis);
    }

    /** The memory requested beyond the allocatable amount, in MiB rounded up; 0 when within. */
    long memoryOverload(long requested) {
        long excess = requested - memoryBytes;
        return excess <= 0 ? 0 : (excess + MEMORY_UNIT - 1) / MEMORY_UNIT;
    }

    /** The pods beyond the pod limit; 0 when within. */
    long podOverload(long pods) {
        return Math.max(0, pods - podLimit);
    }

    /**
     * The free thousandths of each of the node's devices once {@code requests} are packed onto them, null when they
     * do not fit ({@link GpuPacking#freeMilli}, the evaluator's test).
     */
    int[] freeMilli(List<GpuRequest> requests) {
        return GpuPacking.freeMilli(gpus, requests);
    }

    /** Whether the plan is scored on this node's GPU fragmentation. */
    boolean scoresFragmentation() {
        return workload != null;
    }

    /**
     * The node's expected GPU fragment ({@link GpuFragmentation#node}) in millionths of a GPU, rounded, with pods of
     * {@code cpuRequested} millicores on it and {@code freeMilli} free thousandths per device.
     */
    long fragment(long cpuRequested, int[] freeMilli) {
        return scaled(workload.node(gpuModel, cpuMillis - cpuRequested, freeMilli));
    }

    /** The fragment of the node without pods, in millionths of a GPU. */
    long emptyFragment() {
        return emptyFragment;
    }

    private static long scaled(double thousandths) {
        return Math.round(thousandths * FRAGMENTATION_SCALE);
    }

    @Override
    public String toString() {
        return "node " + index;
    }
}
