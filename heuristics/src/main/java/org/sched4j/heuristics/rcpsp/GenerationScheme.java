package org.sched4j.heuristics.rcpsp;

import java.util.Locale;

/** The two schedule generation schemes: {@link SerialScheduleGenerator} and {@link ParallelScheduleGenerator}. */
public enum GenerationScheme {

    /** Activity-incrementing: each activity at its earliest feasible start (builds active schedules). */
    SERIAL,
    /** Time-incrementing: at each decision time, start whatever fits (builds non-delay schedules). */
    PARALLEL;

    /** The scheme's name on the command line, lower case ({@code serial}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    int[] schedule(ProjectNetwork network, ActivityChooser chooser) {
        return this == SERIAL ? SerialScheduleGenerator.schedule(network, chooser)
                : ParallelScheduleGenerator.schedule(network, chooser);
    }
}
