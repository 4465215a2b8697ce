package org.sched4j.podpacking;

import java.util.List;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypeProvider;

/**
 * Declares this package's problem type, {@link #TYPE}, to {@link org.sched4j.api.ProblemTypes}.
 */
public final class PodPackingProblem implements ProblemTypeProvider {

    /**
     * Kubernetes pod packing with priorities: lexicographic by priority tier, most pods placed then least disruption;
     * the objective is {@link PodPackingObjective#scalar()} (minimised).
     */
    public static final ProblemType<PodPackingInstance, PodPlacement> TYPE = new ProblemType<>(
            "podpacking", "Kubernetes pod packing: place the most pods by priority tier, then disrupt the fewest",
            PodPackingInstance.class, PodPlacement.class, ObjectiveSense.MINIMIZE, "weighted unplaced",
            new PodPackingEvaluator());

    /** Used by {@link java.util.ServiceLoader}; the type itself is {@link #TYPE}. */
    public PodPackingProblem() {
    }

    @Override
    public List<ProblemType<?, ?>> problemTypes() {
        return List.of(TYPE);
    }
}
