package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.util.Objects;
import org.sched4j.api.Deadline;
import org.sched4j.api.Termination;

/**
 * Stops a Timefold solve at a sched4j {@link Deadline} and counts its steps; for sched4j's Timefold solvers.
 *
 * <p>Timefold's spent limit starts only once Timefold has set up the plan (shadow variables, constraint network),
 * which takes long on large instances and on a cold JVM; this monitor measures from the start of the sched4j solve
 * instead and calls {@link Solver#terminateEarly()} at the first phase or step that begins once the deadline is
 * reached. An early termination of the solve also calls it at once, from the requesting thread; Timefold forgets a
 * request made before its {@code solve} has started, which the check at the first phase then repeats. It hooks into
 * Timefold's phase lifecycle, an internal API: the public API has neither a step count nor a step event.
 *
 * <p>Close the monitor when the solve has returned: that unregisters the termination callback.
 *
 * @param <S> the planning solution type
 */
public final class SearchMonitor<S> extends PhaseLifecycleListenerAdapter<S> implements AutoCloseable {

    private final Solver<S> solver;
    private final Deadline deadline;
    private final Termination.Registration registration;
    private volatile long steps;

    private SearchMonitor(Solver<S> solver, Deadline deadline) {
        this.solver = solver;
        this.deadline = deadline;
        this.registration = deadline.onTermination(solver::terminateEarly);
    }

    /**
     * Watches {@code solver} until closed.
     *
     * @throws IllegalStateException when {@code solver} is not Timefold's {@link DefaultSolver}
     */
    public static <S> SearchMonitor<S> watch(Solver<S> solver, Deadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (!(solver instanceof DefaultSolver<S> defaultSolver)) {
            throw new IllegalStateException("expected Timefold's DefaultSolver, got " + solver.getClass().getName());
        }
        SearchMonitor<S> monitor = new SearchMonitor<>(solver, deadline);
        defaultSolver.addPhaseLifecycleListener(monitor);
        return monitor;
    }

    @Override
    public void phaseStarted(AbstractPhaseScope<S> phaseScope) {
        stopOnceReached();
    }

    @Override
    public void stepStarted(AbstractStepScope<S> stepScope) {
        stopOnceReached();
    }

    @Override
    public void stepEnded(AbstractStepScope<S> stepScope) {
        steps++;
    }

    /** The number of steps completed so far. */
    public long steps() {
        return steps;
    }

    /** Unregisters the termination callback. */
    @Override
    public void close() {
        registration.close();
    }

    private void stopOnceReached() {
        if (deadline.isReached()) {
            solver.terminateEarly();
        }
    }
}
