package org.sched4j.maxcut;

import java.util.List;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypeProvider;

/**
 * Declares this package's problem type, {@link #TYPE}, to {@link org.sched4j.api.ProblemTypes}.
 */
public final class MaxCutProblem implements ProblemTypeProvider {

    /**
     * Max-cut: split a weighted graph's vertices in two sides, maximise the weight of the edges between them.
     */
    public static final ProblemType<MaxCutInstance, Cut> TYPE = new ProblemType<>(
            "maxcut", "max-cut: weighted graph, split the vertices in two sides, maximise the cut weight",
            MaxCutInstance.class, Cut.class, ObjectiveSense.MAXIMIZE, "cut weight", new MaxCutEvaluator());

    /** Used by {@link java.util.ServiceLoader}; the type itself is {@link #TYPE}. */
    public MaxCutProblem() {
    }

    @Override
    public List<ProblemType<?, ?>> problemTypes() {
        return List.of(TYPE);
    }
}
