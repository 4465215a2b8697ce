package org.sched4j.heuristics;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.heuristics.tardiness.SequencingRuleSolver;
import org.sched4j.heuristics.tardiness.SequencingRules;

/**
 * The single-machine tardiness solvers of the heuristics module, for {@link org.sched4j.api.Solvers}: each sequencing
 * rule plain ({@code edd}, {@code spt}, {@code wspt}, {@code mdd}, {@code atc}, {@code wilkerson-irwin},
 * {@code eddc}, {@code mddc}) and augmented ({@code mddc-augmented}, ...), and the best of them all
 * ({@code best-rule}).
 */
public final class TardinessHeuristicsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        List<Solver<?, ?>> solvers = new ArrayList<>();
        SequencingRules.all().forEach(rule -> solvers.add(SequencingRuleSolver.of(rule)));
        solvers.add(SequencingRuleSolver.bestRule());
        return List.copyOf(solvers);
    }
}
