package org.sched4j.portfolio.podpacking;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;
import org.sched4j.cpmodels.podpacking.ValidStartPlan;
import org.sched4j.heuristics.podpacking.FgdSolver;
import org.sched4j.heuristics.podpacking.FragmentationDescent;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPackingResults;
import org.sched4j.podpacking.PodPlacement;

/**
 * {@code auto} for pod packing, in phases:
 * <ol>
 *   <li>start: the plan of the default scheduler ({@code kube-default}; the start heuristics are a list, the best
 *       valid plan by {@link PodPackingObjective#compareTo} wins); when the evaluator finds a violation in every one
 *       (a rule the heuristic does not follow), the best valid plan {@link ValidStartPlan} derives from the first. The
 *       listener hears of the start first; a start that places every pod without disruption, soft penalty or GPU
 *       fragmentation is returned at once;</li>
 *   <li>on clusters where the model stays small (at most {@value #CP_SAT_MAX_PAIRS} pod-node pairs): CP-SAT on the
 *       whole cluster ({@code cpsat}: the tiers, the soft penalty, the GPU fragmentation proxy, each step kept only
 *       when better by the evaluator);</li>
 *   <li>on larger clusters: placement rounds of the node-subset search ({@link NodeSubsetSearch#improve}: the tiers
 *       then the node-local soft penalty, {@value NodeSubsetSearch#NODES_PER_ROUND} nodes at a time), until the
 *       tiers are perfect and the soft penalty 0, or, when GPU fragmentation can differ, for
 *       {@value #PLACEMENT_SHARE_PERCENT} % of the time; then fragmentation rounds
 *       ({@link NodeSubsetSearch#reduceFragmentation}) for the rest.</li>
 * </ol>
 * Every phase keeps its start unless the evaluator finds a valid plan better by {@link PodPackingObjective#compareTo},
 * so the result is never worse than the start. An early termination stops CP-SAT and the rounds; the result is the
 * best plan so far.
 */
public final class PodPackingAutoSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "auto";

    /** The largest pods-times-nodes product handed to CP-SAT. */
    public static final long CP_SAT_MAX_PAIRS = 50_000;

    /** The part of the time after the start that placement rounds get when GPU fragmentation can differ. */
    static final int PLACEMENT_SHARE_PERCENT = 70;

    /** The heuristics whose plans {@code auto} may start from (the best valid one by the full order). */
    private static final List<Function<PodPackingInstance, PodPlacement>> START_HEURISTICS =
            List.of(KubeDefaultScheduler::schedule, FgdSolver::schedule);

    /** The part of the time after the start that the fragmentation descent may use, when fragmentation can differ. */
    static final int DESCENT_SHARE_PERCENT = 40;

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
        return "kube-default, then CP-SAT by tiers and soft penalty (up to " + CP_SAT_MAX_PAIRS + " pod-node pairs) or "
                + "CP-SAT on node subsets, then on fragmented GPU nodes; never worse than its valid start";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        List<PodPlacement> proposals = START_HEURISTICS.stream().map(heuristic -> heuristic.apply(problem)).toList();
        PodPlacement start = bestStart(problem, proposals, options, deadline);
        PodPackingObjective startObjective = PodPackingEvaluator.objective(problem, start);
        listener.onImprovingSolution(start, startObjective.scalar(), Double.NaN, deadline.elapsed());
        long pairs = (long) problem.podCount() * problem.nodeCount();
        boolean wholeCluster = pairs <= CP_SAT_MAX_PAIRS;
        SolveResult<PodPlacement> result = wholeCluster
                ? cpSat.solveFrom(problem, start, options, deadline, listener)
                : searchNodeSubsets(problem, options, deadline, listener, start, startObjective);
        return SolveResult.builder(PodPackingProblem.TYPE, problem, ID)
                .statistic("whole_cluster_cpsat", wholeCluster ? 1 : 0)
                .statistic("start_repaired", proposals.contains(start) ? 0 : 1)
                .copyOf(result)
                .build(deadline.elapsed());
    }

    /**
     * The valid plan best by {@link PodPackingObjective#compareTo} among {@code proposals}; when none is valid, the
     * start {@link ValidStartPlan} derives from the first.
     */
    private static PodPlacement bestStart(PodPackingInstance problem, List<PodPlacement> proposals,
                                          SolveOptions options, Deadline deadline) {
        return proposals.stream()
                .filter(plan -> PodPackingProblem.TYPE.evaluate(problem, plan).isFeasible())
                .min(Comparator.comparing(plan -> PodPackingEvaluator.objective(problem, plan)))
                .orElseGet(() -> ValidStartPlan.of(problem, proposals.getFirst(), options, deadline));
    }

    /**
     * {@link FragmentationDescent} from {@code best}: kept when the evaluator finds the result valid and better by
     * {@link PodPackingObjective#compareTo}.
     */
    private static NodeSubsetSearch.Best descend(PodPackingInstance problem, NodeSubsetSearch.Best best,
                                                 Deadline deadline, SolutionListener<PodPlacement> listener) {
        PodPlacement descended = FragmentationDescent.improve(problem, best.plan(), deadline);
        PodPackingObjective objective = PodPackingEvaluator.objective(problem, descended);
        if (objective.compareTo(best.objective()) < 0
                && PodPackingProblem.TYPE.evaluate(problem, descended).isFeasible()) {
            listener.onImprovingSolution(descended, objective.scalar(), Double.NaN, deadline.elapsed());
            return new NodeSubsetSearch.Best(descended, objective);
        }
        return best;
    }

    private static SolveResult<PodPlacement> searchNodeSubsets(PodPackingInstance problem, SolveOptions options,
                                                               Deadline deadline,
                                                               SolutionListener<PodPlacement> listener,
                                                               PodPlacement start,
                                                               PodPackingObjective startObjective) {
        NodeSubsetSearch search = new NodeSubsetSearch(problem, options.seed());
        Deadline rounds = deadline.within(deadline.remaining().minus(STOP_MARGIN));
        NodeSubsetSearch.Best best = new NodeSubsetSearch.Best(start, startObjective);
        boolean valid = PodPackingProblem.TYPE.evaluate(problem, start).isFeasible();
        boolean fragmentation = CpSatPodPackingSolver.fragmentationCanDiffer(problem);
        if (valid && fragmentation) {
            best = descend(problem, best, rounds.within(rounds.remaining().multipliedBy(DESCENT_SHARE_PERCENT)
                    .dividedBy(100)), listener);
        }
        if (valid && !best.objective().isPerfect()) {
            Deadline placement = fragmentation
                    ? rounds.within(rounds.remaining().multipliedBy(PLACEMENT_SHARE_PERCENT).dividedBy(100))
                    : rounds;
            best = search.improve(best, options, placement, listener);
            if (fragmentation) {
                best = search.reduceFragmentation(best, options, rounds, listener);
            }
        }
        return PodPackingResults.builder(problem, ID, best.plan(), best.objective())
                .statistic("rounds", search.rounds())
                .statistic("accepted_rounds", search.acceptedRounds())
                .statistic("fragmentation_rounds", search.fragmentationRounds())
                .statistic("rejected_gpu_packings", search.rejectedGpuPackings())
                .statistic("rejected_plans", search.rejectedPlans())
                .build(deadline.elapsed());
    }
}
