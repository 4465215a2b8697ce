package org.sched4j.localsearch.jobshop;

import org.sched4j.api.Deadline;
import java.time.Duration;
import java.util.Objects;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * What one {@link JobShopTabuSearch} run returns.
 *
 * @param schedule       the best schedule found (semi-active), never {@code null}
 * @param makespan       its makespan
 * @param timeToBest     when it was found, since the solve started ({@link Deadline#elapsed()})
 * @param iterations     the tabu search iterations made (moves applied)
 * @param movesEvaluated the neighbour moves whose makespan was estimated
 * @param restarts       the restarts from the elite pool
 */
public record TabuSearchOutcome(JobShopSchedule schedule, long makespan, Duration timeToBest, long iterations,
                                long movesEvaluated, long restarts) {

    public TabuSearchOutcome {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(timeToBest, "timeToBest");
    }
}
