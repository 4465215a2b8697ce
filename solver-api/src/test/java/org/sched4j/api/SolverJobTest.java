package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopProblem;
import org.sched4j.jobshop.JobShopSchedule;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SolverJobTest {

    private static final JobShopInstance TWO_JOBS = JobShopInstance.of("two", 2, new int[][] {{0, 1}, {1, 0}},
            new int[][] {{2, 3}, {4, 1}});

    /** Reports the one-job-after-another schedule, then searches (idly) until its deadline. */
    private static final class PatientSolver implements Solver<JobShopInstance, JobShopSchedule> {
        private final boolean fails;

        PatientSolver(boolean fails) {
            this.fails = fails;
        }

        @Override
        public String id() {
            return "patient";
        }

        @Override
        public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
            return JobShopProblem.TYPE;
        }

        @Override
        public String description() {
            return "sequential jobs, then waits for its deadline";
        }

        @Override
        public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                                  SolutionListener<JobShopSchedule> listener) {
            Deadline deadline = Deadline.of(options);
            if (fails) {
                throw new IllegalStateException("broken engine");
            }
            JobShopSchedule sequential = JobShopSchedule.of(new int[][] {{0, 2}, {5, 9}});
            listener.onImprovingSolution(sequential, 10, Double.NaN, deadline.elapsed());
            while (!deadline.isReached()) {
                Thread.onSpinWait();
            }
            return SolveResult.builder(JobShopProblem.TYPE, problem, id()).status(SolveStatus.FEASIBLE)
                    .solution(sequential, 10).build(deadline.elapsed());
        }
    }

    @Test
    void terminateEarlyEndsTheSolveWithItsBestResult() throws InterruptedException {
        CountDownLatch firstSolution = new CountDownLatch(1);
        SolverJob<JobShopSchedule> job = new PatientSolver(false).solveAsync(TWO_JOBS,
                SolveOptions.withTimeLimit(Duration.ofHours(1)), (schedule, objective, bound, elapsed) ->
                        firstSolution.countDown());
        firstSolution.await();

        assertThat(job.bestSolution()).isPresent();
        assertThat(job.bestObjective()).hasValue(10);
        assertThat(job.isDone()).isFalse();
        job.terminateEarly();
        SolveResult<JobShopSchedule> result = job.await(Duration.ofSeconds(10)).orElseThrow();

        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isEqualTo(10);
        assertThat(result.wallTime()).as("an hour's limit, stopped early").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aSolverThatThrowsCompletesTheFutureExceptionally() {
        SolverJob<JobShopSchedule> job = new PatientSolver(true).solveAsync(TWO_JOBS,
                SolveOptions.withTimeLimit(Duration.ofSeconds(1)), SolutionListener.none());

        assertThatThrownBy(() -> job.await(Duration.ofSeconds(30))).isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("broken engine");
        assertThat(job.result()).isCompletedExceptionally();
    }

    @Test
    void interruptingASynchronousSolveStopsItAndLeavesTheFlagSet() throws InterruptedException {
        SolveResult<?>[] result = new SolveResult<?>[1];
        boolean[] flag = new boolean[1];
        CountDownLatch started = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            result[0] = new PatientSolver(false).solve(TWO_JOBS, SolveOptions.withTimeLimit(Duration.ofHours(1)),
                    (schedule, objective, bound, elapsed) -> started.countDown());
            flag[0] = Thread.currentThread().isInterrupted();
        });
        caller.start();
        started.await();
        caller.interrupt();
        caller.join(Duration.ofSeconds(30));

        assertThat(caller.isAlive()).isFalse();
        assertThat(result[0].isValid()).isTrue();
        assertThat(flag[0]).isTrue();
    }
}
