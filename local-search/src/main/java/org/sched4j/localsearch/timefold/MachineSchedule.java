package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which one machine runs its operations: a Timefold planning entity whose planning list variable is
 * that order.
 *
 * <p>Each machine's value range is its own operations, so Timefold never moves an operation to another machine: its
 * moves reorder machines. Every operation is always in its machine's list (the list variable does not allow
 * unassigned values).
 */
@PlanningEntity
public class MachineSchedule {

    /** The name of the planning list variable, for shadow variable sources. */
    public static final String OPERATIONS = "operations";

    @PlanningId
    private int machine;

    @ValueRangeProvider
    private List<OperationTask> candidates;

    @PlanningListVariable
    private List<OperationTask> operations;

    /** For Timefold's solution cloner. */
    MachineSchedule() {
    }

    /**
     * A machine and its operations in processing order.
     *
     * @param machine    the machine, from 0
     * @param operations its operations in the order it runs them; each must belong to this machine
     */
    public MachineSchedule(int machine, List<OperationTask> operations) {
        if (machine < 0) {
            throw new IllegalArgumentException("machine must be at least 0, got " + machine);
        }
        for (OperationTask operation : operations) {
            if (operation.getMachine() != machine) {
                throw new IllegalArgumentException("operation " + operation + " runs on machine "
                        + operation.getMachine() + ", not on machine " + machine);
            }
        }
        this.machine = machine;
        this.candidates = List.copyOf(operations);
        this.operations = new ArrayList<>(operations);
    }

    /** The machine, from 0. */
    public int getMachine() {
        return machine;
    }

    /** The operations this machine may run (its value range): those given to the constructor, in their order. */
    public List<OperationTask> getCandidates() {
        return candidates;
    }

    /** The operations in the order the machine runs them (the planning list variable). */
    public List<OperationTask> getOperations() {
        return operations;
    }

    /** Sets the processing order; Timefold calls it. */
    public void setOperations(List<OperationTask> operations) {
        this.operations = operations;
    }

    @Override
    public String toString() {
        return "machine " + machine + " " + operations;
    }
}
