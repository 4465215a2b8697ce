package org.sched4j.localsearch;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.localsearch.podpacking.TimefoldPodPackingSolver;

/** The pod packing solvers of the local-search module: {@code timefold}. */
public final class PodPackingLocalSearchProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new TimefoldPodPackingSolver());
    }
}
