package org.sched4j.heuristics;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.heuristics.dispatch.BestRuleSolver;
import org.sched4j.heuristics.dispatch.DispatchRule;
import org.sched4j.heuristics.dispatch.DispatchingSolver;
import org.sched4j.heuristics.dispatch.RandomDispatchingSolver;
import org.sched4j.heuristics.dispatch.ScheduleBuilder;

/**
 * The solvers of the heuristics module, for {@link org.sched4j.api.Solvers}: for the job shop, each deterministic
 * dispatching rule with each schedule builder ({@code spt}, {@code mwkr-active}, ...), random dispatching
 * ({@code random}, {@code random-active}) and the best of them all ({@code best-rule}).
 */
public final class HeuristicsSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        List<Solver<?, ?>> solvers = new ArrayList<>();
        for (ScheduleBuilder builder : ScheduleBuilder.values()) {
            for (DispatchRule rule : DispatchRule.values()) {
                solvers.add(rule.isDeterministic() ? new DispatchingSolver(rule, builder)
                        : new RandomDispatchingSolver(builder));
            }
        }
        solvers.add(new BestRuleSolver());
        return List.copyOf(solvers);
    }
}
