package org.sched4j.heuristics.podpacking;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;

/** The pod packing solvers of the heuristics module: {@code kube-default} and {@code fgd}. */
public final class PodPackingHeuristicsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new KubeDefaultSolver(), new FgdSolver());
    }
}
