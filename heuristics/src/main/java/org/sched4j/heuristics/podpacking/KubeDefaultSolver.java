package org.sched4j.heuristics.podpacking;

import java.time.Duration;
import java.util.function.Function;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingResults;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * {@code kube-default}: the plan the Kubernetes default scheduler would make ({@link KubeDefaultScheduler}), the
 * baseline of the pod packing solvers. Deterministic; ignores the time limit (about a second on a thousand nodes and
 * ten thousand pods). OPTIMAL when every pod is placed, no running pod disturbed and the plan leaves no soft penalty
 * and no GPU fragmentation ({@link PodPackingObjective#isPerfect}), else FEASIBLE.
 */
public final class KubeDefaultSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "kube-default";

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
        return "the Kubernetes default scheduler: PrioritySort, the default profile's filters (node rules, resources "
                + "and GPUs, pod affinity, topology spread) and weighted scores, DefaultPreemption with budgets";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        return solveWith(problem, options, listener, ID, KubeDefaultChoice::new);
    }

    /**
     * The result of the scheduler's queue, filters and preemption choosing among the feasible nodes with
     * {@code choice}, reported as solver {@code id}: {@code kube-default} and {@code fgd} differ only there.
     */
    static SolveResult<PodPlacement> solveWith(PodPackingInstance problem, SolveOptions options,
                                               SolutionListener<PodPlacement> listener, String id,
                                               Function<ClusterLoad, NodeChoice> choice) {
        Deadline deadline = Deadline.of(options);
        KubeDefaultScheduler scheduler = KubeDefaultScheduler.run(problem, choice);
        PodPlacement placement = scheduler.placement();
        PodPackingObjective objective = PodPackingEvaluator.objective(problem, placement);
        Duration elapsed = deadline.elapsed();
        listener.onImprovingSolution(placement, objective.scalar(), Double.NaN, elapsed);
        return PodPackingResults.builder(problem, id, placement, objective)
                .timeToBest(elapsed)
                .statistic("preemptions", scheduler.preemptions())
                .statistic("unplaced", objective.unplaced())
                .statistic("gpu_fragmentation", objective.gpuFragmentation())
                .build(elapsed);
    }
}
