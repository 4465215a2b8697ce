package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.ListChangeMoveProvider;
import ai.timefold.solver.core.preview.api.neighborhood.Neighborhood;
import ai.timefold.solver.core.preview.api.neighborhood.NeighborhoodBuilder;
import ai.timefold.solver.core.preview.api.neighborhood.NeighborhoodProvider;

/**
 * The moves of the local search, through Timefold's Neighborhoods API (a preview feature): swaps across tight
 * machine arcs ({@link TightArcSwaps}), which aim at the longest path, and Timefold's list change moves (an
 * operation moved to another place on its machine), which keep the search from stalling where no tight swap helps.
 *
 * <p>Public with a no-argument constructor because Timefold instantiates it from the solver configuration.
 */
public final class JobShopNeighborhood implements NeighborhoodProvider<JobShopPlan> {

    @Override
    public Neighborhood defineNeighborhood(NeighborhoodBuilder<JobShopPlan> builder) {
        PlanningListVariableMetaModel<JobShopPlan, MachineSchedule, OperationTask> operations = builder
                .getSolutionMetaModel().genuineEntity(MachineSchedule.class)
                .listVariable(MachineSchedule.OPERATIONS, OperationTask.class);
        return builder.add(new TightArcSwaps(operations))
                .add(new ListChangeMoveProvider<>(operations))
                .build();
    }
}
