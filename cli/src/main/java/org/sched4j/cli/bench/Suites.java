package org.sched4j.cli.bench;

import java.util.List;
import java.util.Optional;
import org.sched4j.cli.problem.ProblemSupport;
import org.sched4j.cli.problem.ProblemSupports;

/** The benchmark suites {@code sched4j bench} knows: those of every problem's {@link ProblemSupport}. */
public final class Suites {

    private Suites() {
    }

    /** Every suite, problem by problem, in a stable order. */
    public static List<Suite> all() {
        return ProblemSupports.all().stream().flatMap(support -> support.suites().stream()).toList();
    }

    /** The suite named {@code name}, if any. */
    public static Optional<Suite> byName(String name) {
        return all().stream().filter(suite -> suite.name().equals(name)).findFirst();
    }
}
