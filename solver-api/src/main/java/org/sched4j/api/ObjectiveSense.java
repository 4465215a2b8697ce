package org.sched4j.api;

/** Whether a problem's objective is minimised (makespan, tardiness) or maximised (cut weight). */
public enum ObjectiveSense {
    MINIMIZE,
    MAXIMIZE;

    /** Returns true when {@code candidate} is strictly better than {@code incumbent} in this sense. */
    public boolean isBetter(double candidate, double incumbent) {
        return this == MINIMIZE ? candidate < incumbent : candidate > incumbent;
    }

    /**
     * The relative gap of {@code objective} to {@code bestKnown} in percent, signed so that a positive gap is
     * worse than the best known and a negative one is a new record: {@code 100 (objective - bestKnown) / bestKnown}
     * when minimising, {@code 100 (bestKnown - objective) / bestKnown} when maximising.
     *
     * @return the gap in percent, or {@code NaN} when {@code bestKnown} is zero or either value is {@code NaN}
     */
    public double gapPercent(double objective, double bestKnown) {
        if (bestKnown == 0 || Double.isNaN(objective) || Double.isNaN(bestKnown)) {
            return Double.NaN;
        }
        double difference = this == MINIMIZE ? objective - bestKnown : bestKnown - objective;
        return 100.0 * difference / Math.abs(bestKnown);
    }
}
