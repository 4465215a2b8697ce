package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/**
 * A job-shop plan as Timefold sees it, its planning solution: the machines' orders ({@link MachineSchedule}s) and
 * the operations ({@link OperationTask}s), whose start times follow from those orders.
 *
 * <p>The score is {@link JobShopConstraints}': hard, minus the number of operations without a start time (cyclic
 * orders); medium, minus the makespan; soft, minus the sum of the jobs' completion times. Build plans with
 * {@link JobShopPlanConversion}.
 */
@PlanningSolution
public class JobShopPlan {

    private String name;

    @PlanningEntityCollectionProperty
    private List<MachineSchedule> machines;

    @PlanningEntityCollectionProperty
    private List<OperationTask> operations;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For Timefold's solution cloner. */
    JobShopPlan() {
    }

    /**
     * A plan.
     *
     * @param name       the instance's name
     * @param machines   every machine, each with its operations
     * @param operations every operation, job by job and in job order
     */
    public JobShopPlan(String name, List<MachineSchedule> machines, List<OperationTask> operations) {
        this.name = name;
        this.machines = List.copyOf(machines);
        this.operations = List.copyOf(operations);
    }

    /** The instance's name. */
    public String getName() {
        return name;
    }

    /** Every machine, by machine number. */
    public List<MachineSchedule> getMachines() {
        return machines;
    }

    /** Every operation, job by job and in job order. */
    public List<OperationTask> getOperations() {
        return operations;
    }

    /** The score Timefold last computed, {@code null} before it computed one. */
    public HardMediumSoftScore getScore() {
        return score;
    }

    /** Sets the score; Timefold calls it. */
    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
