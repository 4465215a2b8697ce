package org.sched4j.cpmodels.podpacking;

import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * {@code cpsat}: pod packing with OR-Tools CP-SAT ({@link PodPackingCpSatModel}, every hard rule of the evaluator),
 * lexicographically as in Christensen, Giallorenzo &amp; Mauro ("Priority Matters", 2025) and then the soft levels
 * ({@link LexicographicSteps}): tier by tier from the highest priority, first maximise the pods placed, then minimise
 * the disruption of the running pods; then minimise the node-local soft penalty; then, when GPU use may change, a
 * fragmentation proxy. Each step's plan is kept only when the evaluator finds it valid and at least as good by
 * {@link PodPackingObjective#compareTo}, so the result is never worse than the start.
 *
 * <p>The start is the default scheduler's plan ({@code kube-default}, which the listener hears of first) when the
 * evaluator finds it valid, else the best valid plan {@link ValidStartPlan} derives from it. OPTIMAL only when every
 * level of {@link PodPackingObjective#compareTo} is proven: every tier step proven optimal (or at its ideal), the soft
 * penalty 0 or proven minimal by an exact soft model (no preferred pod affinity, anti-affinity or
 * {@code ScheduleAnyway} spread in the instance), and the fragmentation 0 or unable to differ (no GPU nodes or no GPU
 * pods); else FEASIBLE. An early termination stops the running step and skips the others; the result is the best plan
 * so far.
 */
public final class CpSatPodPackingSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "cpsat";

    /** What a search on a {@link PodPackingNeighbourhood} optimises. */
    public enum Goal {
        /** The tiers, then the node-local soft penalty, then the GPU fragmentation proxy (when GPU use may change). */
        LEXICOGRAPHIC,
        /** The tiers, then the node-local soft penalty. */
        PLACEMENT,
        /** The GPU fragmentation proxy, each tier and the node-local soft penalty kept at least as good as the base. */
        FRAGMENTATION
    }

    /**
     * The best plan a search found and what the evaluator rejected on the way.
     *
     * @param plan                the best plan: the base plan unless a valid plan at least as good was found
     * @param objective           its objective
     * @param valid               whether the evaluator finds no violation in it
     * @param rejectedGpuPackings plans of the model whose GPU requests the evaluator's packing search could not pack
     * @param rejectedOther       plans of the model rejected for another violation (a defect of the model)
     */
    public record Improvement(PodPlacement plan, PodPackingObjective objective, boolean valid,
                              int rejectedGpuPackings, int rejectedOther) {
    }

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
        return "CP-SAT with the scheduling rules, priority tiers solved in turn (Christensen, Giallorenzo & Mauro "
                + "2025), then the soft penalty";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        PodPlacement start = ValidStartPlan.of(problem, KubeDefaultScheduler.schedule(problem), options, deadline);
        listener.onImprovingSolution(start, PodPackingProblem.TYPE.evaluate(problem, start).objective(), Double.NaN,
                deadline.elapsed());
        return solveFrom(problem, start, options, deadline, listener);
    }

    /**
     * Solves the whole cluster starting from {@code start} as the first hint and incumbent, within what
     * {@code deadline} has left; used by {@code auto}. A start with violations is first replaced by
     * {@link ValidStartPlan}'s.
     *
     * @param deadline the solve's deadline, made on the thread that called the solve; its termination stops the steps
     */
    public SolveResult<PodPlacement> solveFrom(PodPackingInstance problem, PodPlacement start, SolveOptions options,
                                               Deadline deadline, SolutionListener<PodPlacement> listener) {
        PodPlacement validStart = ValidStartPlan.of(problem, start, options, deadline);
        PodPackingIncumbent incumbent = new PodPackingIncumbent(problem, validStart, deadline);
        if (incumbent.isValid() && incumbent.objective().isPerfect()) {
            return result(problem, incumbent, SolveStatus.OPTIMAL, 0, deadline);
        }
        if (deadline.isReached()) {
            return result(problem, incumbent, SolveStatus.FEASIBLE, 0, deadline);
        }
        OrToolsNativeLibrary.ensureLoaded();
        PodPackingCpSatModel model = new PodPackingCpSatModel(PodPackingNeighbourhood.wholeCluster(problem));
        LexicographicSteps.Proof proof = LexicographicSteps.run(model, incumbent, Goal.LEXICOGRAPHIC, options,
                deadline, listener);
        return result(problem, incumbent, proof.all() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                model.variableCount(), deadline);
    }

    /**
     * Improves the base plan of {@code neighbourhood} (for a valid base, the result is valid and at least as good by
     * {@link PodPackingObjective#compareTo}; for a base with violations, the first valid plan found replaces it), with
     * the steps of {@code goal}, until {@code deadline}.
     */
    public Improvement improve(PodPackingNeighbourhood neighbourhood, Goal goal, SolveOptions options,
                               Deadline deadline) {
        return improve(neighbourhood, null, goal, options, deadline);
    }

    /**
     * As {@link #improve(PodPackingNeighbourhood, Goal, SolveOptions, Deadline)}, for a base plan the caller knows to
     * be valid with objective {@code baseObjective} (null: unknown, evaluate it).
     */
    public Improvement improve(PodPackingNeighbourhood neighbourhood, PodPackingObjective baseObjective, Goal goal,
                               SolveOptions options, Deadline deadline) {
        PodPackingIncumbent incumbent = new PodPackingIncumbent(neighbourhood.instance(), neighbourhood.base(),
                baseObjective, deadline);
        if (!deadline.isReached() && neighbourhood.freeCount() > 0) {
            OrToolsNativeLibrary.ensureLoaded();
            PodPackingCpSatModel model = new PodPackingCpSatModel(neighbourhood);
            LexicographicSteps.run(model, incumbent, goal, options, deadline, SolutionListener.none());
        }
        return new Improvement(incumbent.plan(), incumbent.objective(), incumbent.isValid(),
                incumbent.rejectedGpuPackings(), incumbent.rejectedOther());
    }

    /**
     * Whether two plans of {@code instance} can differ in GPU fragmentation: some node has GPUs and some pod asks for
     * them (else the evaluator's fragmentation is 0 for every plan).
     */
    public static boolean fragmentationCanDiffer(PodPackingInstance instance) {
        return instance.nodes().stream().anyMatch(node -> node.gpus() > 0)
                && instance.pods().stream().anyMatch(pod -> pod.gpu().any());
    }

    private static SolveResult<PodPlacement> result(PodPackingInstance problem, PodPackingIncumbent incumbent,
                                                    SolveStatus status, int variables, Deadline deadline) {
        double objective = incumbent.objective().scalar();
        return SolveResult.builder(PodPackingProblem.TYPE, problem, ID)
                .status(status)
                .solution(incumbent.plan(), incumbent.isValid() ? objective : Double.NaN)
                .bound(status == SolveStatus.OPTIMAL ? objective : Double.NaN)
                .timeToBest(incumbent.foundAt())
                .statistic("placement_booleans", variables)
                .statistic("unplaced", incumbent.objective().unplaced())
                .statistic("disruption", incumbent.objective().disruption())
                .statistic("soft_penalty", incumbent.objective().softPenalty())
                .statistic("gpu_fragmentation", incumbent.objective().gpuFragmentation())
                .statistic("rejected_gpu_packings", incumbent.rejectedGpuPackings())
                .statistic("rejected_plans", incumbent.rejectedOther())
                .build(deadline.elapsed());
    }
}
