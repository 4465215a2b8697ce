package org.sched4j.cli.gantt;

import java.util.ArrayList;
import java.util.List;

/**
 * Round tick values for a time axis from 0 to a maximum: a step of 1, 2 or 5 times a power of ten, chosen so that
 * there are about as many ticks as asked for (the "nice numbers" of P. Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990).
 */
final class NiceTicks {

    private NiceTicks() {
    }

    /**
     * The step between ticks for an axis from 0 to {@code max} with about {@code target} intervals.
     *
     * @return 1, 2 or 5 times a power of ten, at least 1
     */
    static long step(long max, int target) {
        if (max <= 0) {
            return 1;
        }
        double raw = (double) max / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1.5 ? 1 : fraction <= 3.5 ? 2 : fraction <= 7.5 ? 5 : 10;
        return Math.max(1, Math.round(nice * magnitude));
    }

    /** The ticks 0, step, 2·step, ... up to and including {@code max} when it falls on one. */
    static List<Long> ticks(long max, int target) {
        long step = step(max, target);
        List<Long> ticks = new ArrayList<>();
        for (long tick = 0; tick <= max; tick += step) {
            ticks.add(tick);
        }
        return ticks;
    }
}
