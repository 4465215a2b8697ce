package org.sched4j.heuristics.taskgraph;

import java.util.Arrays;

/**
 * The busy intervals of one processor, sorted by start, with the insertion policy of HEFT: a task goes into the
 * earliest idle gap, at or after its ready time, that is long enough for it (Topcuoglu et al. 2002, section 4.1).
 * Tasks of zero length occupy nothing. Mutable; {@link #copy} for look-ahead.
 */
final class ProcessorTimeline {

    private double[] starts;
    private double[] finishes;
    private int size;

    ProcessorTimeline() {
        this(new double[8], new double[8], 0);
    }

    private ProcessorTimeline(double[] starts, double[] finishes, int size) {
        this.starts = starts;
        this.finishes = finishes;
        this.size = size;
    }

    /** The earliest start at or after {@code ready} of a task of length {@code duration}, in O(tasks on it). */
    double earliestStart(double ready, double duration) {
        if (duration <= 0) {
            return ready;
        }
        double candidate = ready;
        for (int k = 0; k < size; k++) {
            if (candidate + duration <= starts[k]) {
                return candidate;
            }
            candidate = Math.max(candidate, finishes[k]);
        }
        return candidate;
    }

    /** The end of the last busy interval, 0 when idle. */
    double availableFrom() {
        return size == 0 ? 0 : finishes[size - 1];
    }

    /** Marks {@code [start, start + duration)} busy; the caller found it idle with {@link #earliestStart}. */
    void occupy(double start, double duration) {
        if (duration <= 0) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            finishes = Arrays.copyOf(finishes, size * 2);
        }
        int index = size;
        while (index > 0 && starts[index - 1] > start) {
            starts[index] = starts[index - 1];
            finishes[index] = finishes[index - 1];
            index--;
        }
        starts[index] = start;
        finishes[index] = start + duration;
        size++;
    }

    ProcessorTimeline copy() {
        return new ProcessorTimeline(starts.clone(), finishes.clone(), size);
    }
}
