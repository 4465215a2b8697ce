package org.sched4j.cli.gantt;

import java.util.Objects;

/**
 * What a chart's title says about the result it shows. Unknown numbers are {@code NaN} and are left out.
 *
 * @param instance   the instance's name
 * @param solver     the solver's id
 * @param status     the solver's status ({@code OPTIMAL}, {@code FEASIBLE})
 * @param objective  the objective (the makespan), as the evaluator computes it
 * @param bound      the bound the solver proved
 * @param bestKnown  the best known objective
 * @param gapPercent the gap to the best known objective, in percent
 * @param seconds    the solver's wall time in seconds
 */
public record ChartCaption(String instance, String solver, String status, double objective, double bound,
                           double bestKnown, double gapPercent, double seconds) {

    public ChartCaption {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(status, "status");
    }
}
