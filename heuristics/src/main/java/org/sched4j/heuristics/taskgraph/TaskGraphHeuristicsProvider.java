package org.sched4j.heuristics.taskgraph;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;

/** The task-graph list schedulers for {@link org.sched4j.api.Solvers}: heft, cpop, peft and lookahead-heft. */
public final class TaskGraphHeuristicsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return TaskGraphListScheduler.all().stream().<Solver<?, ?>>map(ListSchedulingSolver::new).toList();
    }
}
