package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

class SolversTest {

    /** Schedules the jobs one after another: feasible for every job shop, a test double for the registry. */
    public static final class SequentialJobsProvider implements SolverProvider {
        @Override
        public List<Solver<?, ?>> solvers() {
            return List.of(new Solver<JobShopInstance, JobShopSchedule>() {
                @Override
                public String id() {
                    return "sequential";
                }

                @Override
                public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
                    return JobShopProblem.TYPE;
                }

                @Override
                public String description() {
                    return "one job after another";
                }

                @Override
                public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                                          SolutionListener<JobShopSchedule> listener) {
                    int[][] starts = new int[problem.jobCount()][];
                    int time = 0;
                    for (int j = 0; j < problem.jobCount(); j++) {
                        starts[j] = new int[problem.job(j).operationCount()];
                        for (int k = 0; k < starts[j].length; k++) {
                            starts[j][k] = time;
                            time += problem.operation(j, k).duration();
                        }
                    }
                    return SolveResult.builder(JobShopProblem.TYPE, problem, id()).status(SolveStatus.FEASIBLE)
                            .solution(JobShopSchedule.of(starts), time).build(Duration.ZERO);
                }
            });
        }
    }

    @Test
    void findsSolversThroughTheServiceLoader() {
        Solver<JobShopInstance, JobShopSchedule> solver = Solvers.get(JobShopProblem.TYPE, "sequential");
        JobShopInstance instance = JobShopInstance.of("two", 2, new int[][] {{0, 1}, {1, 0}},
                new int[][] {{2, 3}, {4, 1}});

        SolveResult<JobShopSchedule> result = solver.solve(instance, SolveOptions.DEFAULT);

        assertThat(Solvers.forProblem(JobShopProblem.TYPE)).extracting(Solver::id).contains("sequential");
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isEqualTo(10.0);
    }

    @Test
    void namesTheAvailableSolversForAnUnknownId() {
        assertThatIllegalArgumentException().isThrownBy(() -> Solvers.get(JobShopProblem.TYPE, "nonesuch"))
                .withMessage("no solver 'nonesuch' for problem jobshop; available: sequential");
    }

    @Test
    void problemTypesAreFoundByName() {
        assertThat(ProblemTypes.byName("JobShop")).contains(JobShopProblem.TYPE);
        assertThat(ProblemTypes.byName("nonesuch")).isEmpty();
    }
}
