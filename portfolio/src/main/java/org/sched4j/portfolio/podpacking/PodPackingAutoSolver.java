package org.sched4j.portfolio.podpacking;

import java.time.Duration;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingResults;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * {@code auto} for pod packing: the default scheduler's plan first ({@code kube-default}, which the listener hears of
 * first); when it places every pod without disruption it is optimal and returned at once. Otherwise, that plan is the
 * start of CP-SAT ({@code cpsat}, exact by tiers) on clusters where the placement model stays small (at most
 * {@value #CP_SAT_MAX_PAIRS} pod-node pairs), else of a large neighbourhood search that re-plans 16 nodes at a time
 * with CP-SAT ({@link NodeSubsetSearch}). Both keep the start unless they find a lexicographically better plan, so
 * the result is never worse than {@code kube-default}'s. ({@code timefold} is offered on its own: on clusters of
 * thousands of nodes, building its score takes most of a 10 s budget.) An early termination stops CP-SAT and the
 * rounds; the result is the best plan so far.
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

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        PodPlacement start = KubeDefaultScheduler.schedule(problem);
        listener.onImprovingSolution(start, PodPackingEvaluator.objective(problem, start).scalar(), Double.NaN,
                deadline.elapsed());
        long pairs = (long) problem.podCount() * problem.nodeCount();
        boolean wholeCluster = pairs <= CP_SAT_MAX_PAIRS;
        SolveResult<PodPlacement> result = wholeCluster
                ? cpSat.solveFrom(problem, start, options, deadline, listener)
                : searchNodeSubsets(problem, options, deadline, listener, start);
        return SolveResult.builder(PodPackingProblem.TYPE, problem, ID)
                .statistic("whole_cluster_cpsat", wholeCluster ? 1 : 0).copyOf(result)
                .build(deadline.elapsed());
    }

    private static SolveResult<PodPlacement> searchNodeSubsets(PodPackingInstance problem, SolveOptions options,
                                                               Deadline deadline,
                                                               SolutionListener<PodPlacement> listener,
                                                               PodPlacement start) {
        NodeSubsetSearch search = new NodeSubsetSearch(problem, options.seed());
        Deadline rounds = deadline.within(deadline.remaining().minus(STOP_MARGIN));
        PodPlacement best = search.improve(start, options, rounds, listener);
        PodPackingObjective objective = PodPackingEvaluator.objective(problem, best);
        return PodPackingResults.builder(problem, ID, best, objective)
                .statistic("rounds", search.rounds())
                .build(deadline.elapsed());
    }
}
