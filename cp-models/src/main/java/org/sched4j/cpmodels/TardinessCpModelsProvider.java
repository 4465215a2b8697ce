package org.sched4j.cpmodels;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.cpmodels.tardiness.CpSatTardinessSolver;

/** Offers {@code cpsat} for single-machine (weighted) tardiness. */
public final class TardinessCpModelsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new CpSatTardinessSolver());
    }
}
