package org.sched4j.jobshop;

import java.util.List;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypeProvider;

/**
 * Declares this package's problem type, {@link #TYPE}, to {@link org.sched4j.api.ProblemTypes}.
 */
public final class JobShopProblem implements ProblemTypeProvider {

    /**
     * Job shop scheduling (JSSP): minimise the makespan.
     */
    public static final ProblemType<JobShopInstance, JobShopSchedule> TYPE = new ProblemType<>(
            "jobshop", "job shop (JSSP): jobs as machine sequences, minimise the makespan",
            JobShopInstance.class, JobShopSchedule.class, ObjectiveSense.MINIMIZE, "makespan", new JobShopEvaluator());

    /** Used by {@link java.util.ServiceLoader}; the type itself is {@link #TYPE}. */
    public JobShopProblem() {
    }

    @Override
    public List<ProblemType<?, ?>> problemTypes() {
        return List.of(TYPE);
    }
}
