package org.sched4j.api;

/** What a solver can say about the solution it returns. */
public enum SolveStatus {
    /** The solution is feasible and proven optimal: its objective equals the best bound. */
    OPTIMAL,
    /** The solution is feasible; the solver did not prove it optimal within its limits. */
    FEASIBLE,
    /** The solver proved that no feasible solution exists; there is no solution. */
    INFEASIBLE,
    /** The solver found no solution and proved nothing (time limit reached, or the method cannot tell). */
    UNKNOWN;

    /** Returns true for {@link #OPTIMAL} and {@link #FEASIBLE}, the statuses that come with a solution. */
    public boolean hasSolution() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
