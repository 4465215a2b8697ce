package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A pod as a Timefold planning entity: its planning variable is the node it runs on, {@code null} when the plan
 * leaves it unplaced. Protected pods are pinned to their current node.
 */
@PlanningEntity
public class PodAssignment {

    @PlanningId
    private int index;
    private long cpuMillis;
    private long memoryBytes;
    private int level;
    private NodeSlot currentNode;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true)
    private NodeSlot node;

    /** For Timefold's solution cloner. */
    PodAssignment() {
    }

    /**
     * @param index       the pod's index in the scenario
     * @param cpuMillis   the CPU request in millicores
     * @param memoryBytes the memory request in bytes
     * @param level       the pod's score level pair ({@link PodPackingConstraints}): its tier, capped
     * @param currentNode the node it runs on now, {@code null} when pending
     * @param pinned      whether it must stay on its current node (protected)
     * @param node        the node the plan starts it on, {@code null} for unplaced
     */
    PodAssignment(int index, long cpuMillis, long memoryBytes, int level, NodeSlot currentNode, boolean pinned,
                  NodeSlot node) {
        this.index = index;
        this.cpuMillis = cpuMillis;
        this.memoryBytes = memoryBytes;
        this.level = level;
        this.currentNode = currentNode;
        this.pinned = pinned;
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

    /** The planned node, {@code null} for unplaced. */
    public NodeSlot getNode() {
        return node;
    }

    /** Sets the planned node; Timefold calls it. */
    public void setNode(NodeSlot node) {
        this.node = node;
    }

    /** 0 when the pod is pending or stays, 1 when the plan evicts it, 2 when it moves it. */
    long disruption() {
        if (currentNode == null || node == currentNode) {
            return 0;
        }
        return node == null ? 1 : 2;
    }
}
