package org.sched4j.heuristics.rcpsp;

/**
 * Picks the next activity of a schedule generation scheme from its eligible set.
 */
@FunctionalInterface
interface ActivityChooser {

    /**
     * The position in {@code eligible} of the activity to schedule next.
     *
     * @param eligible the eligible activities, {@code count} of them at the front of the array, in index order
     */
    int choose(int[] eligible, int count);

    /** The activity with the lowest priority value, ties to the lowest index. */
    static ActivityChooser lowestValue(double[] values) {
        return (eligible, count) -> {
            int best = 0;
            for (int k = 1; k < count; k++) {
                if (values[eligible[k]] < values[eligible[best]]) {
                    best = k;
                }
            }
            return best;
        };
    }
}
