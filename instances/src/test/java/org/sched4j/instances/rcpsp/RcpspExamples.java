package org.sched4j.instances.rcpsp;

import java.util.List;
import org.sched4j.rcpsp.Activity;
import org.sched4j.rcpsp.DisjunctivePair;
import org.sched4j.rcpsp.Downtime;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.Resource;
import org.sched4j.rcpsp.TimeWindow;

/**
 * Small hand-computed RCPSP instances for the solver tests of every module: a base project whose optimum is 6 and one
 * variant per extension that changes the optimum, plus two infeasible variants. Published with the test jar.
 *
 * <p>The base: one resource of capacity 3; A (2 units, demand 2), B (4 units, demand 2), C (3 units, demand 1);
 * A before C. A and B cannot overlap (2 + 2 > 3), so the best is A [0,2), B [2,6), C [2,5): makespan 6.
 */
public final class RcpspExamples {

    /** An example and its hand-computed optimum (0 for the infeasible ones). */
    public record Example(String name, RcpspInstance instance, long optimum) {
    }

    private RcpspExamples() {
    }

    /** The base project, optimum 6. */
    public static RcpspInstance base() {
        return RcpspInstance.of("base", List.of(new Resource("R1", 3)), List.of(
                new Activity("A", 2, List.of(2)), new Activity("B", 4, List.of(2)), new Activity("C", 3, List.of(1))),
                List.of(Precedence.of(0, 2)));
    }

    /** The feasible variants, each with its optimum. */
    public static List<Example> feasible() {
        RcpspInstance base = base();
        return List.of(
                new Example("base", base, 6),
                // Capacity 1 over [0,2): nothing of demand 2 starts before 2; A [2,4), B [4,8), C [4,7).
                new Example("downtime", base.withExtensions(List.of(new Downtime(0, 0, 2, 2)), List.of(), List.of()),
                        8),
                // B must end by 4: B [0,4), A [4,6), C [6,9).
                new Example("window", base.withExtensions(List.of(), List.of(new TimeWindow(1, 0, 4)), List.of()), 9),
                // B and C may not overlap: A [0,2), B [2,6), C [6,9).
                new Example("disjunctive", base.withExtensions(List.of(), List.of(),
                        List.of(new DisjunctivePair(1, 2))), 9),
                // C starts 2 after A ends: A [0,2), B [2,6), C [4,7).
                new Example("lag", RcpspInstance.of("lag", base.resources(), base.activities(),
                        List.of(new Precedence(0, 2, 2))), 7));
    }

    /** B must end by 3 but lasts 4: infeasible, and simple reasoning proves it. */
    public static RcpspInstance triviallyInfeasible() {
        return base().withExtensions(List.of(), List.of(new TimeWindow(1, 0, 3)), List.of());
    }

    /** A and B must both end by 4 but cannot overlap (2 + 4 > 4): infeasible, which takes search to prove. */
    public static RcpspInstance infeasible() {
        return base().withExtensions(List.of(), List.of(new TimeWindow(0, 0, 4), new TimeWindow(1, 0, 4)),
                List.of());
    }
}
