package org.sched4j.localsearch.tardiness;

import java.time.Duration;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * Builds the results of the tardiness searches: OPTIMAL with the bound equal to the cost when optimality was proved
 * (an exact search finished, or the cost is 0), else FEASIBLE with the bound 0 (tardiness is never negative).
 */
public final class TardinessResults {

    private TardinessResults() {
    }

    /**
     * @param proved whether an exact method proved {@code cost} optimal
     */
    public static SolveResult.Builder<TardinessInstance, JobSequence> builder(TardinessInstance instance,
                                                                            String solverId,
                                                                         int[] order, long cost, boolean proved,
                                                                         Duration timeToBest) {
        boolean optimal = proved || cost == 0;
        return SolveResult.builder(TardinessProblem.TYPE, instance, solverId)
                .status(optimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(JobSequence.of(order), cost)
                .bound(optimal ? cost : 0)
                .timeToBest(timeToBest);
    }
}
