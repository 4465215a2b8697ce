package org.sched4j.heuristics.podpacking;

import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * {@code fgd}: the Fragmentation Gradient Descent scheduler of Weng et al., "Beware of Fragmentation: Scheduling
 * GPU-Sharing Workloads with Fragmentation Gradient Descent" (USENIX ATC 2023), the GPU-sharing baseline: the default
 * scheduler's queue, filters and preemption ({@link KubeDefaultScheduler}) with the node chosen by the fragmentation
 * gradient ({@link FragmentationGradient}) over every feasible node. Deterministic; ignores the time limit. OPTIMAL
 * when every pod is placed, no running pod disturbed and the plan leaves no soft penalty and no GPU fragmentation,
 * else FEASIBLE.
 */
public final class FgdSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "fgd";

    /** The plan of the FGD scheduler for {@code instance}. */
    public static PodPlacement schedule(PodPackingInstance instance) {
        return KubeDefaultScheduler.run(instance, FragmentationGradient::new).placement();
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
        return "Fragmentation Gradient Descent (Weng et al., ATC 2023): the default scheduler's queue, filters and "
                + "preemption, each pod on the feasible node whose expected GPU fragmentation grows least";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        return KubeDefaultSolver.solveWith(problem, options, listener, ID, FragmentationGradient::new);
    }
}
