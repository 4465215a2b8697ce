package org.sched4j.maxcut;

import java.util.List;
import org.sched4j.api.Evaluation;
import org.sched4j.api.Evaluator;

/**
 * Checks a cut and computes its weight, independently of every solver: the cut must give a side to exactly the
 * instance's vertices; its weight is the sum of the weights of the edges whose ends lie on different sides (to be
 * maximised). Runs in O(n + m).
 */
public final class MaxCutEvaluator implements Evaluator<MaxCutInstance, Cut> {

    @Override
    public Evaluation evaluate(MaxCutInstance instance, Cut cut) {
        if (cut.vertexCount() != instance.vertexCount()) {
            return new Evaluation(List.of("the cut has sides for " + cut.vertexCount()
                    + " vertices but the graph has " + instance.vertexCount()), Double.NaN);
        }
        return Evaluation.feasible(cutWeight(instance, cut));
    }

    /** The weight of {@code cut}, which must have one side per vertex of {@code instance}. */
    public static long cutWeight(MaxCutInstance instance, Cut cut) {
        long weight = 0;
        for (int e = 0; e < instance.edgeCount(); e++) {
            if (cut.side(instance.edgeFrom(e)) != cut.side(instance.edgeTo(e))) {
                weight += instance.edgeWeight(e);
            }
        }
        return weight;
    }
}
