package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The job-shop score as Timefold constraint streams.
 *
 * <ul>
 *   <li>hard, {@value #CYCLIC_ORDER}: minus one per operation without a start time because the machine orders and
 *       the job orders form a cycle (Timefold marks those operations inconsistent). Every operation is always on
 *       its machine, since the planning list variable does not allow unassigned values, so a plan with hard score
 *       0 is a feasible schedule.</li>
 *   <li>medium, {@value #MAKESPAN}: minus the makespan, the latest job completion time: the objective.</li>
 *   <li>soft, {@value #TOTAL_COMPLETION_TIME}: minus the sum of the jobs' completion times. A tie-breaker: most moves
 *       leave the makespan unchanged, and without it the search would wander over those plateaus blind; with it,
 *       it prefers plans whose jobs finish earlier, which tend to leave room to shorten the longest path.</li>
 * </ul>
 *
 * <p>To add constraints, extend this class, override {@link #defineConstraints} to return
 * {@code super.defineConstraints(factory)} plus your own, and pass the class to
 * {@link TimefoldJobShopSolver#TimefoldJobShopSolver(Class)}. Your constraints should score on the soft level (or
 * below the makespan in some other way): the solver reads the makespan from the medium level and reports only plans
 * with hard score 0.
 */
public class JobShopConstraints implements ConstraintProvider {

    /** The name of the hard constraint. */
    public static final String CYCLIC_ORDER = "cyclic machine order";
    /** The name of the medium constraint. */
    public static final String MAKESPAN = "makespan";
    /** The name of the soft constraint. */
    public static final String TOTAL_COMPLETION_TIME = "total completion time";

    /** The three constraints described above. */
    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        List<Constraint> constraints = new ArrayList<>();
        constraints.add(cyclicOrder(factory));
        constraints.add(makespan(factory));
        constraints.add(totalCompletionTime(factory));
        return constraints.toArray(Constraint[]::new);
    }

    /** Minus one hard per operation that has no start time because it lies on or after a cycle. */
    protected Constraint cyclicOrder(ConstraintFactory factory) {
        return factory.forEachUnfiltered(OperationTask.class)
                .filter(OperationTask::isInconsistent)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(CYCLIC_ORDER);
    }

    /** Minus the makespan on the medium level, over the operations with a start time. */
    protected Constraint makespan(ConstraintFactory factory) {
        return factory.forEach(OperationTask.class)
                .filter(OperationTask::isLastOfJob)
                .groupBy(ConstraintCollectors.max(OperationTask::getEnd))
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Integer::longValue)
                .asConstraint(MAKESPAN);
    }

    /** Minus each job's completion time on the soft level. */
    protected Constraint totalCompletionTime(ConstraintFactory factory) {
        return factory.forEach(OperationTask.class)
                .filter(OperationTask::isLastOfJob)
                .penalize(HardMediumSoftScore.ONE_SOFT, operation -> operation.getEnd().longValue())
                .asConstraint(TOTAL_COMPLETION_TIME);
    }
}
