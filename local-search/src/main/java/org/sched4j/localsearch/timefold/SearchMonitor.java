package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;

/**
 * Watches a Timefold solve from its own thread: stops it at a wall-clock deadline and counts its steps.
 *
 * <p>Timefold's spent limit starts only once Timefold has set up the plan (shadow variables, constraint network),
 * which takes long on large instances and on a cold JVM; this monitor measures from the start of the sched4j
 * solve instead and asks the solver to terminate at the first phase or step that begins after the deadline. It
 * hooks into Timefold's phase lifecycle, an internal API: the public API has neither a step count nor a step
 * event.
 */
final class SearchMonitor extends PhaseLifecycleListenerAdapter<JobShopPlan> {

    private final Solver<JobShopPlan> solver;
    private final long deadlineNanos;
    private volatile long steps;

    /**
     * @param deadlineNanos the {@link System#nanoTime} reading at which the solver must stop
     */
    SearchMonitor(Solver<JobShopPlan> solver, long deadlineNanos) {
        this.solver = solver;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void phaseStarted(AbstractPhaseScope<JobShopPlan> phaseScope) {
        stopAfterDeadline();
    }

    @Override
    public void stepStarted(AbstractStepScope<JobShopPlan> stepScope) {
        stopAfterDeadline();
    }

    @Override
    public void stepEnded(AbstractStepScope<JobShopPlan> stepScope) {
        steps++;
    }

    /** The number of steps completed so far. */
    long steps() {
        return steps;
    }

    private void stopAfterDeadline() {
        if (System.nanoTime() - deadlineNanos >= 0) {
            solver.terminateEarly();
        }
    }
}
