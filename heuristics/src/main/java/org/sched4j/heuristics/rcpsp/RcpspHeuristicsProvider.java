package org.sched4j.heuristics.rcpsp;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;

/**
 * The RCPSP solvers of the heuristics module, for {@link org.sched4j.api.Solvers}: each scheme with each priority rule
 * ({@code serial-lft}, {@code parallel-grpw}, ...), {@code best-rule}, {@code sampling} and {@code genetic}.
 */
public final class RcpspHeuristicsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        List<Solver<?, ?>> solvers = new ArrayList<>();
        for (GenerationScheme scheme : GenerationScheme.values()) {
            for (PriorityRule rule : PriorityRule.values()) {
                solvers.add(new RcpspRuleSolver(scheme, rule));
            }
        }
        solvers.add(new RcpspBestRuleSolver());
        solvers.add(new RcpspSamplingSolver());
        solvers.add(new RcpspGeneticSolver());
        return List.copyOf(solvers);
    }
}
