package org.sched4j.rcpsp;

import java.util.List;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypeProvider;

/**
 * Declares this package's problem type, {@link #TYPE}, to {@link org.sched4j.api.ProblemTypes}.
 */
public final class RcpspProblem implements ProblemTypeProvider {

    /**
     * Resource-constrained project scheduling (RCPSP) with optional downtimes, time windows and disjunctive pairs:
     * minimise the makespan.
     */
    public static final ProblemType<RcpspInstance, RcpspSchedule> TYPE = new ProblemType<>(
            "rcpsp", "resource-constrained project scheduling (RCPSP, with downtimes, time windows, disjunctive "
            + "pairs), minimise the makespan",
            RcpspInstance.class, RcpspSchedule.class, ObjectiveSense.MINIMIZE, "makespan", new RcpspEvaluator());

    /** Used by {@link java.util.ServiceLoader}; the type itself is {@link #TYPE}. */
    public RcpspProblem() {
    }

    @Override
    public List<ProblemType<?, ?>> problemTypes() {
        return List.of(TYPE);
    }
}
