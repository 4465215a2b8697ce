package org.sched4j.tardiness;

import java.util.List;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypeProvider;

/**
 * Declares this package's problem type, {@link #TYPE}, to {@link org.sched4j.api.ProblemTypes}.
 */
public final class TardinessProblem implements ProblemTypeProvider {

    /**
     * Single-machine (weighted) tardiness, 1|r_j|Σw_jT_j: sequence the jobs, minimise the total weighted tardiness.
     */
    public static final ProblemType<TardinessInstance, JobSequence> TYPE = new ProblemType<>(
            "tardiness", "single-machine total (weighted) tardiness: sequence the jobs, minimise Σ w_j T_j",
            TardinessInstance.class, JobSequence.class, ObjectiveSense.MINIMIZE, "tardiness",
            new TardinessEvaluator());

    /** Used by {@link java.util.ServiceLoader}; the type itself is {@link #TYPE}. */
    public TardinessProblem() {
    }

    @Override
    public List<ProblemType<?, ?>> problemTypes() {
        return List.of(TYPE);
    }
}
