package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.sched4j.podpacking.GpuRequest;

/**
 * A pod as a Timefold planning entity: its planning variable is the node it runs on, {@code null} when the plan
 * leaves it unplaced. Its value range is its own: the nodes the node-only rules allow it on
 * ({@link org.sched4j.podpacking.PlacementRules#allowed}, where it may stay on its current node under the rules for a
 * staying pod) and that it fits while empty, so that no move ever tries a forbidden node. Protected pods are pinned to
 * their current node, and so are pods without any allowed node (they stay unplaced).
 */
@PlanningEntity
public class PodAssignment {

    /** The id of the pod's own value range. */
    static final String ALLOWED_NODES = "allowedNodes";

    @PlanningId
    private int index;
    private long cpuMillis;
    private long memoryBytes;
    private int level;
    private GpuRequest gpu;
    private NodeSlot currentNode;
    @ValueRangeProvider(id = ALLOWED_NODES)
    private List<NodeSlot> allowedNodes;
    private int[] nodePenalty;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = ALLOWED_NODES, allowsUnassigned = true)
    private NodeSlot node;

    /** For Timefold's solution cloner. */
    PodAssignment() {
    }

    /**
     * @param index        the pod's index in the scenario
     * @param cpuMillis    the CPU request in millicores
     * @param memoryBytes  the memory request in bytes
     * @param gpu          the GPU request
     * @param level        the pod's score level pair ({@link PodPackingConstraints}): its tier, capped
     * @param currentNode  the node it runs on now, {@code null} when pending
     * @param pinned       whether it must keep its start node (protected, or allowed nowhere)
     * @param allowedNodes the nodes it may be put on
     * @param nodePenalty  the soft penalty of the node-only preferences per node index, null when all are 0
     * @param node         the node the plan starts it on, {@code null} for unplaced
     */
    PodAssignment(int index, long cpuMillis, long memoryBytes, GpuRequest gpu, int level, NodeSlot currentNode,
                  boolean pinned, List<NodeSlot> allowedNodes, int[] nodePenalty, NodeSlot node) {
        this.index = index;
        this.cpuMillis = cpuMillis;
        this.memoryBytes = memoryBytes;
        this.gpu = gpu;
        this.level = level;
        this.currentNode = currentNode;
        this.pinned = pinned;
        this.allowedNodes = List.copyOf(allowedNodes);
        this.nodePenalty = nodePenalty;
        this.node = node;
    }

    public int getIndex() {
        return index;
    }

    public long getCpuMillis() {
        return cpuMillis;
    }

    public long getMemoryBytes() {
        return memoryBytes;
    }

    public int getLevel() {
        return level;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** The nodes the pod may be put on: its value range. */
    public List<NodeSlot> getAllowedNodes() {
        return allowedNodes;
    }

    /** The planned node, {@code null} for unplaced. */
    public NodeSlot getNode() {
        return node;
    }

    /** Sets the planned node; Timefold calls it. */
    public void setNode(NodeSlot node) {
        this.node = node;
    }

    /** The pod's GPU request. */
    GpuRequest gpu() {
        return gpu;
    }

    /** Whether the pod requests a GPU. */
    boolean hasGpu() {
        return gpu.any();
    }

    /** Whether the plan places the pod anew: on a node, not the one it runs on now. */
    boolean isPlacedAnew() {
        return node != null && node != currentNode;
    }

    /** The domain of the pod's node under topology key {@code keyIndex}; -1 when unplaced or the node lacks it. */
    int domainId(int keyIndex) {
        return node == null ? -1 : node.domainId(keyIndex);
    }

    /** The soft penalty of the pod's node-only preferences on its planned node; 0 when unplaced. */
    long nodePenalty() {
        return node == null || nodePenalty == null ? 0 : nodePenalty[node.getIndex()];
    }

    /** 0 when the pod is pending or stays, 1 when the plan evicts it, 2 when it moves it. */
    long disruption() {
        if (currentNode == null || node == currentNode) {
            return 0;
        }
        return node == null ? 1 : 2;
    }
}
