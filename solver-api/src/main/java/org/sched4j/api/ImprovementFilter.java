package org.sched4j.api;

import java.time.Duration;
import java.util.Objects;

/**
 * A listener shared by several solver threads: forwards a solution only when it improves on every solution forwarded
 * before, one call at a time. See {@link SolutionListener#improvementsOnly}.
 */
final class ImprovementFilter<S> implements SolutionListener<S> {

    private final ObjectiveSense sense;
    private final SolutionListener<S> delegate;
    private double best = Double.NaN;

    ImprovementFilter(ObjectiveSense sense, SolutionListener<S> delegate) {
        this.sense = Objects.requireNonNull(sense, "sense");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public synchronized void onImprovingSolution(S solution, double objective, double bound, Duration elapsed) {
        if (Double.isNaN(best) || sense.isBetter(objective, best)) {
            best = objective;
            delegate.onImprovingSolution(solution, objective, bound, elapsed);
        }
    }
}
