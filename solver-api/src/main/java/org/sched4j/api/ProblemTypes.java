package org.sched4j.api;

import java.util.List;
import java.util.Optional;
import org.sched4j.jobshop.JobShopEvaluator;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.rcpsp.RcpspEvaluator;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutEvaluator;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.taskgraph.TaskGraphEvaluator;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/** The problem types sched4j knows, by their command-line names. */
public final class ProblemTypes {

    /** Job shop scheduling (JSSP): minimise the makespan. */
    public static final ProblemType<JobShopInstance, JobShopSchedule> JOB_SHOP = new ProblemType<>(
            "jobshop", "job shop (JSSP): jobs as machine sequences, minimise the makespan",
            JobShopInstance.class, JobShopSchedule.class, ObjectiveSense.MINIMIZE, "makespan", new JobShopEvaluator());

    /**
     * Resource-constrained project scheduling (RCPSP) with optional downtimes, time windows and disjunctive pairs:
     * minimise the makespan.
     */
    public static final ProblemType<RcpspInstance, RcpspSchedule> RCPSP = new ProblemType<>(
            "rcpsp", "resource-constrained project scheduling (RCPSP, with downtimes, time windows, disjunctive "
            + "pairs), minimise the makespan",
            RcpspInstance.class, RcpspSchedule.class, ObjectiveSense.MINIMIZE, "makespan", new RcpspEvaluator());

    /** Max-cut: split a weighted graph's vertices in two sides, maximise the weight of the edges between them. */
    public static final ProblemType<MaxCutInstance, Cut> MAX_CUT = new ProblemType<>(
            "maxcut", "max-cut: weighted graph, split the vertices in two sides, maximise the cut weight",
            MaxCutInstance.class, Cut.class, ObjectiveSense.MAXIMIZE, "cut weight", new MaxCutEvaluator());

    /**
     * Kubernetes pod packing with priorities: lexicographic by priority tier, most pods placed then least
     * disruption; the objective is {@link org.sched4j.podpacking.PodPackingObjective#scalar()} (minimised).
     */
    public static final ProblemType<PodPackingInstance, PodPlacement> POD_PACKING = new ProblemType<>(
            "podpacking", "Kubernetes pod packing: place the most pods by priority tier, then disrupt the fewest",
            PodPackingInstance.class, PodPlacement.class, ObjectiveSense.MINIMIZE, "weighted unplaced",
            new PodPackingEvaluator());

    /** Single-machine (weighted) tardiness, 1|r_j|Σw_jT_j: sequence the jobs, minimise the total weighted tardiness. */
    public static final ProblemType<TardinessInstance, JobSequence> SINGLE_MACHINE_TARDINESS = new ProblemType<>(
            "tardiness", "single-machine total (weighted) tardiness: sequence the jobs, minimise Σ w_j T_j",
            TardinessInstance.class, JobSequence.class, ObjectiveSense.MINIMIZE, "tardiness",
            new TardinessEvaluator());

    /** Task graphs on heterogeneous processors with communication costs: minimise the makespan. */
    public static final ProblemType<TaskGraphInstance, TaskGraphSchedule> TASK_GRAPH = new ProblemType<>(
            "taskgraph", "task graph (DAG) on heterogeneous processors with communication costs, minimise the makespan",
            TaskGraphInstance.class, TaskGraphSchedule.class, ObjectiveSense.MINIMIZE, "makespan",
            new TaskGraphEvaluator());

    private static final List<ProblemType<?, ?>> ALL = List.of(
            JOB_SHOP, RCPSP, MAX_CUT, POD_PACKING, SINGLE_MACHINE_TARDINESS, TASK_GRAPH);

    private ProblemTypes() {
    }

    /** Every known problem type, in a stable order. */
    public static List<ProblemType<?, ?>> all() {
        return ALL;
    }

    /** The problem type with the given command-line name ({@code jobshop}), if any. */
    public static Optional<ProblemType<?, ?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equalsIgnoreCase(name)).findFirst();
    }
}
