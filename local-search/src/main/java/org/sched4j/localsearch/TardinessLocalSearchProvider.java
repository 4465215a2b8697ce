package org.sched4j.localsearch;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.localsearch.tardiness.DynasearchSolver;
import org.sched4j.localsearch.tardiness.ExactDecompositionSolver;

/**
 * The single-machine tardiness solvers of the local-search module: {@code dynasearch}, the exact
 * {@code decomposition} for 1||ΣT.
 */
public final class TardinessLocalSearchProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new DynasearchSolver(), new ExactDecompositionSolver());
    }
}
