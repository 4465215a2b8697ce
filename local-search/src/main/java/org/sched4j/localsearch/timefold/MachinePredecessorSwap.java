package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PositionInList;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.Objects;

/**
 * A Timefold move that swaps an operation with the operation just before it on its machine; it does nothing when the
 * operation is first on its machine when the move runs.
 *
 * @param operations the machines' planning list variable
 * @param operation  the operation that moves one place earlier
 */
record MachinePredecessorSwap(PlanningListVariableMetaModel<JobShopPlan, MachineSchedule, OperationTask> operations,
                              OperationTask operation) implements Move<JobShopPlan> {

    MachinePredecessorSwap {
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(operation, "operation");
    }

    @Override
    public void execute(MutableSolutionView<JobShopPlan> view) {
        if (view.getPositionOf(operations, operation) instanceof PositionInList position && position.index() > 0) {
            view.swapValuesInList(operations, position.<MachineSchedule>entity(), position.index() - 1,
                    position.index());
        }
    }

    @Override
    public String describe() {
        return "MachinePredecessorSwap";
    }

    @Override
    public String toString() {
        return "swap " + operation + " with its machine predecessor";
    }
}
