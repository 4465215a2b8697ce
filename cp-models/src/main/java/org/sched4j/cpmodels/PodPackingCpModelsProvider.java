package org.sched4j.cpmodels;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;

/** The pod packing solvers of the cp-models module: {@code cpsat}. */
public final class PodPackingCpModelsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new CpSatPodPackingSolver());
    }
}
