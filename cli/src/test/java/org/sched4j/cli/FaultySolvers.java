package org.sched4j.cli;

import java.time.Duration;
import java.util.List;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverDefectException;
import org.sched4j.api.SolverProvider;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * Job-shop solvers that fail on purpose, found by {@link org.sched4j.api.Solvers} in the tests only: {@code test-defect}
 * throws a {@link SolverDefectException}, {@code test-crash} an {@link IllegalStateException}, {@code test-invalid}
 * returns every operation at time 0, and {@code test-nothing} returns no solution.
 */
public final class FaultySolvers implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new Faulty("test-defect"), new Faulty("test-crash"), new Faulty("test-invalid"),
                new Faulty("test-nothing"));
    }

    private record Faulty(String id) implements Solver<JobShopInstance, JobShopSchedule> {

        @Override
        public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
            return JobShopProblem.TYPE;
        }

        @Override
        public String description() {
            return "fails on purpose (tests only)";
        }

        @Override
        public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                                  SolutionListener<JobShopSchedule> listener) {
            SolveResult.Builder<JobShopInstance, JobShopSchedule> result =
                    SolveResult.builder(JobShopProblem.TYPE, problem, id);
            return switch (id) {
                case "test-defect" -> throw new SolverDefectException(id + " claimed a makespan of 1");
                case "test-crash" -> throw new IllegalStateException("out of luck");
                case "test-invalid" -> result.status(SolveStatus.FEASIBLE)
                        .solution(JobShopSchedule.of(allAtZero(problem)), Double.NaN).build(Duration.ofMillis(1));
                default -> result.status(SolveStatus.UNKNOWN).build(Duration.ofMillis(1));
            };
        }

        private static int[][] allAtZero(JobShopInstance problem) {
            int[][] starts = new int[problem.jobCount()][];
            for (int job = 0; job < starts.length; job++) {
                starts[job] = new int[problem.job(job).operationCount()];
            }
            return starts;
        }
    }
}
