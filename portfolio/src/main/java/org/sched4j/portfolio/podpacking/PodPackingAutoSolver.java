package org.sched4j.portfolio.podpacking;

import java.time.Duration;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingResults;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * {@code auto} for pod packing: the default scheduler's plan first ({@code kube-default}); when it places every pod
 * without disruption it is optimal and returned at once. Otherwise, that plan is the start of CP-SAT
 * ({@code cpsat}, exact by tiers) on clusters where the placement model stays small (at most
 * {@value #CP_SAT_MAX_PAIRS} pod-node pairs), else of a large neighbourhood search that re-plans 16 nodes at a time
 * with CP-SAT ({@link NodeSubsetSearch}). Both keep the start unless they find a lexicographically better plan, so
 * the result is never worse than {@code kube-default}'s. ({@code timefold} is offered on its own: on clusters of
 * thousands of nodes, building its score takes most of a 10 s budget.)
 */
public final class PodPackingAutoSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "auto";

    /** The largest pods-times-nodes product handed to CP-SAT. */
    public static final long CP_SAT_MAX_PAIRS = 50_000;

    /** Kept free at the end of the time limit for the last round to stop and the result to be evaluated. */
    private static final Duration STOP_MARGIN = Duration.ofMillis(400);

    private final CpSatPodPackingSolver cpSat = new CpSatPodPackingSolver();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<PodPackingInstance, PodPlacement> problemType() {
        return PodPackingProblem.TYPE;
    }

    @Override
    public String description() {
        return "kube-default, then CP-SAT by tiers (up to " + CP_SAT_MAX_PAIRS + " pod-node pairs) or CP-SAT on "
                + "node subsets from its plan; never worse than kube-default";
    }

    private static SolveResult<PodPlacement> searchNodeSubsets(PodPackingInstance problem, SolveOptions options,
                                                               SolutionListener<PodPlacement> listener,
                                                               PodPlacement start, long startNanos) {
        NodeSubsetSearch search = new NodeSubsetSearch(problem, options.seed());
        long deadlineNanos = startNanos + options.timeLimit().minus(STOP_MARGIN).toNanos();
        PodPlacement best = search.improve(start, options, deadlineNanos, listener, startNanos);
        PodPackingObjective objective = PodPackingEvaluator.objective(problem, best);
        return PodPackingResults.builder(problem, ID, best, objective)
                .statistic("rounds", search.rounds())
                .build(Duration.ofNanos(System.nanoTime() - startNanos));
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
            result = searchNodeSubsets(problem, options, listener, start, startNanos);
            engine = "node-subsets";
        }
        return SolveResult.builder(PodPackingProblem.TYPE, problem, ID)
                .statistic("whole_cluster_cpsat", engine.equals(CpSatPodPackingSolver.ID) ? 1 : 0).copyOf(result)
                .build(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
