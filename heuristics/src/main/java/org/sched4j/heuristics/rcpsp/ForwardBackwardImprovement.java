package org.sched4j.heuristics.rcpsp;

/**
 * Forward-backward improvement, or double justification (Tormos and Lova, "A competitive heuristic solution technique
 * for resource-constrained project scheduling", Annals of OR 102, 2001; Valls, Ballestín and Quintanilla, "Justification
 * and RCPSP: a technique that pays", EJOR 165, 2005): shift every activity as late as it can go, latest-ending first
 * (a serial pass on the time-reversed network), then as early as it can go, earliest-starting first. Neither pass
 * lengthens the schedule in the classic problem; with the extensions a pass that would is discarded. Repeated while the
 * makespan shrinks.
 */
final class ForwardBackwardImprovement {

    private static final int MAXIMUM_ROUNDS = 10;

    private ForwardBackwardImprovement() {
    }

    /**
     * A schedule no longer than {@code starts}.
     *
     * @param starts a feasible schedule of {@code network}
     */
    static int[] improve(ProjectNetwork network, int[] starts) {
        int[] best = starts;
        long bestMakespan = network.makespan(starts);
        for (int round = 0; round < MAXIMUM_ROUNDS; round++) {
            int[] justified = justify(network, best, (int) bestMakespan);
            if (justified == null) {
                return best;
            }
            long makespan = network.makespan(justified);
            if (makespan >= bestMakespan) {
                return makespan == bestMakespan ? justified : best;
            }
            best = justified;
            bestMakespan = makespan;
        }
        return best;
    }

    private static int[] justify(ProjectNetwork network, int[] starts, int makespan) {
        int n = network.activityCount;
        ProjectNetwork mirrored = network.mirror(makespan);
        double[] latestEndFirst = new double[n];
        for (int i = 0; i < n; i++) {
            latestEndFirst[i] = -((double) starts[i] + network.durations[i]);
        }
        int[] mirroredStarts = SerialScheduleGenerator.schedule(mirrored, ActivityChooser.lowestValue(latestEndFirst));
        if (mirroredStarts == null || mirrored.makespan(mirroredStarts) > makespan) {
            return null;
        }
        double[] earliestStartFirst = new double[n];
        for (int i = 0; i < n; i++) {
            earliestStartFirst[i] = makespan - (double) mirroredStarts[i] - network.durations[i];
        }
        return SerialScheduleGenerator.schedule(network, ActivityChooser.lowestValue(earliestStartFirst));
    }
}
