package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.neighborhood.MoveProvider;
import ai.timefold.solver.core.preview.api.neighborhood.stream.MoveStream;
import ai.timefold.solver.core.preview.api.neighborhood.stream.MoveStreamFactory;
import java.util.Objects;

/**
 * The moves that swap two operations adjacent on a machine and joined by a tight arc: the second starts exactly when
 * the first ends. Every critical machine arc is tight, so these moves include the critical-arc swaps of van
 * Laarhoven, Aarts &amp; Lenstra (1992) while most of the list moves Timefold draws change nothing on a longest path.
 *
 * <p>Such a swap never closes a cycle when the operations have positive durations: another path from the first
 * operation to the second would pass through the first's job successor and make the second start later than the
 * first's end. Zero-length operations can break that argument; the hard constraint then penalises the cycle.
 */
final class TightArcSwaps implements MoveProvider<JobShopPlan> {

    private final PlanningListVariableMetaModel<JobShopPlan, MachineSchedule, OperationTask> operations;

    TightArcSwaps(PlanningListVariableMetaModel<JobShopPlan, MachineSchedule, OperationTask> operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @Override
    public MoveStream<JobShopPlan> build(MoveStreamFactory<JobShopPlan> factory) {
        return factory.pick(factory.forEach(OperationTask.class, false)
                        .filter((view, operation) -> startsWhenMachinePredecessorEnds(operation)))
                .asMove((view, operation) -> new MachinePredecessorSwap(operations, operation));
    }

    private static boolean startsWhenMachinePredecessorEnds(OperationTask operation) {
        OperationTask predecessor = operation.getMachinePredecessor();
        if (predecessor == null || operation.getStart() == null || predecessor.getEnd() == null) {
            return false;
        }
        return predecessor.getEnd().intValue() == operation.getStart();
    }
}
