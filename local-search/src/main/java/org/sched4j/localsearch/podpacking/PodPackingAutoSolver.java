package org.sched4j.localsearch.podpacking;

import java.time.Duration;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * {@code auto} for pod packing: the default scheduler's plan first ({@code kube-default}); when it places every pod
 * without disruption it is optimal and returned at once. Otherwise, that plan is the start of CP-SAT
 * ({@code cpsat}, exact by tiers) on clusters where the placement model stays small (at most
 * {@value #CP_SAT_MAX_PAIRS} pod-node pairs), else of Timefold's local search ({@code timefold}). Both keep the start
 * unless they find a lexicographically better plan, so the result is never worse than {@code kube-default}'s.
 */
public final class PodPackingAutoSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "auto";

    /** The largest pods-times-nodes product handed to CP-SAT. */
    public static final long CP_SAT_MAX_PAIRS = 200_000;

    private final CpSatPodPackingSolver cpSat = new CpSatPodPackingSolver();
    private final TimefoldPodPackingSolver timefold = new TimefoldPodPackingSolver();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<PodPackingInstance, PodPlacement> problemType() {
        return ProblemTypes.POD_PACKING;
    }

    @Override
    public String description() {
        return "kube-default, then CP-SAT by tiers (up to " + CP_SAT_MAX_PAIRS + " pod-node pairs) or Timefold "
                + "from its plan; never worse than kube-default";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        long startNanos = System.nanoTime();
        PodPlacement start = KubeDefaultScheduler.schedule(problem);
        long pairs = (long) problem.podCount() * problem.nodeCount();
        SolveResult<PodPlacement> result;
        String engine;
        if (pairs <= CP_SAT_MAX_PAIRS) {
            Duration left = options.timeLimit().minusNanos(System.nanoTime() - startNanos);
            result = cpSat.solve(problem, options.timeLimit(left.isNegative() || left.isZero()
                    ? Duration.ofMillis(1) : left), listener, start);
            engine = CpSatPodPackingSolver.ID;
        } else {
            result = timefold.solve(problem, options, listener, start, startNanos);
            engine = TimefoldPodPackingSolver.ID;
        }
        SolveResult.Builder<PodPackingInstance, PodPlacement> builder = SolveResult
                .builder(ProblemTypes.POD_PACKING, problem, ID)
                .status(result.status())
                .solution(result.solution(), result.objective())
                .bound(result.bound())
                .timeToBest(result.timeToBest())
                .statistic("cpsat", engine.equals(CpSatPodPackingSolver.ID) ? 1 : 0);
        result.statistics().forEach(builder::statistic);
        return builder.build(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
