package org.sched4j.api;

import java.util.List;
import java.util.Optional;
import org.sched4j.jobshop.JobShopEvaluator;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

/** The problem types sched4j knows, by their command-line names. */
public final class ProblemTypes {

    /** Job shop scheduling (JSSP): minimise the makespan. */
    public static final ProblemType<JobShopInstance, JobShopSchedule> JOB_SHOP = new ProblemType<>(
            "jobshop", "job shop (JSSP): jobs as machine sequences, minimise the makespan",
            JobShopInstance.class, JobShopSchedule.class, ObjectiveSense.MINIMIZE, "makespan", new JobShopEvaluator());

    /** Single-machine (weighted) tardiness, 1|r_j|Σw_jT_j: sequence the jobs, minimise the total weighted tardiness. */
    public static final ProblemType<TardinessInstance, JobSequence> SINGLE_MACHINE_TARDINESS = new ProblemType<>(
            "tardiness", "single-machine total (weighted) tardiness: sequence the jobs, minimise Σ w_j T_j",
            TardinessInstance.class, JobSequence.class, ObjectiveSense.MINIMIZE, "tardiness",
            new TardinessEvaluator());

    private static final List<ProblemType<?, ?>> ALL = List.of(JOB_SHOP, SINGLE_MACHINE_TARDINESS);

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
