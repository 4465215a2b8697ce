package org.sched4j.heuristics.taskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solvers;
import org.sched4j.instances.taskgraph.RandomTaskGraphGenerator;
import org.sched4j.instances.taskgraph.TaskGraphFixtures;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphMetrics;
import org.sched4j.taskgraph.TaskGraphSchedule;
import org.sched4j.taskgraph.TaskGraphProblem;

@Timeout(30)
class TaskGraphListSchedulerTest {

    private static final TaskGraphInstance PAPER = TaskGraphFixtures.paperExample();

    @Test
    void upwardRanksOfThePaperExampleAreThePublishedOnes() {
        assertThat(TaskRanks.upward(PAPER)).containsExactly(TaskGraphFixtures.PAPER_UPWARD_RANKS, within(0.005));
    }

    @Test
    void heftGivesThePublishedMakespanOnThePaperExample() {
        TaskGraphSchedule schedule = new HeftScheduler().schedule(PAPER);
        assertThat(TaskGraphProblem.TYPE.evaluate(PAPER, schedule).violations()).isEmpty();
        assertThat(schedule.makespan(PAPER)).isEqualTo(TaskGraphFixtures.PAPER_HEFT_MAKESPAN);
    }

    @Test
    void cpopGivesThePublishedMakespanOnThePaperExample() {
        TaskGraphSchedule schedule = new CpopScheduler().schedule(PAPER);
        assertThat(TaskGraphProblem.TYPE.evaluate(PAPER, schedule).violations()).isEmpty();
        assertThat(schedule.makespan(PAPER)).isEqualTo(TaskGraphFixtures.PAPER_CPOP_MAKESPAN);
    }

    @Test
    void cpopFindsThePapersCriticalPath() {
        double[] upward = TaskRanks.upward(PAPER);
        double[] downward = TaskRanks.downward(PAPER);
        double[] priority = new double[upward.length];
        for (int task = 0; task < priority.length; task++) {
            priority[task] = upward[task] + downward[task];
        }
        boolean[] critical = CpopScheduler.criticalPath(PAPER, priority);
        assertThat(critical).containsExactly(true, true, false, false, false, false, false, false, true, true);
    }

    static Stream<TaskGraphListScheduler> schedulers() {
        return TaskGraphListScheduler.all().stream();
    }

    @ParameterizedTest
    @MethodSource("schedulers")
    void everySchedulerIsValidOnRandomGraphsAndNeverBelowTheLowerBound(TaskGraphListScheduler scheduler) {
        for (long seed = 0; seed < 10; seed++) {
            TaskGraphInstance instance = RandomTaskGraphGenerator.generate("r" + seed,
                    new RandomTaskGraphGenerator.Parameters(40, seed % 2 == 0 ? 0.5 : 5, 1, 3, 1, 4, 20), seed);
            TaskGraphSchedule schedule = scheduler.schedule(instance);
            assertThat(TaskGraphProblem.TYPE.evaluate(instance, schedule).violations()).isEmpty();
            assertThat(schedule.makespan(instance)).isGreaterThanOrEqualTo(TaskGraphMetrics.lowerBound(instance));
        }
    }

    @ParameterizedTest
    @MethodSource("schedulers")
    void everySchedulerIsValidOnThePaperExampleAndReachesAtMostThePublishedCpop(TaskGraphListScheduler scheduler) {
        TaskGraphSchedule schedule = scheduler.schedule(PAPER);
        assertThat(TaskGraphProblem.TYPE.evaluate(PAPER, schedule).violations()).isEmpty();
        assertThat(schedule.makespan(PAPER)).isBetween(TaskGraphMetrics.lowerBound(PAPER),
                TaskGraphFixtures.PAPER_CPOP_MAKESPAN);
    }

    @Test
    void solversAreRegisteredAndReportSlr() {
        SolveResult<TaskGraphSchedule> result = Solvers.get(TaskGraphProblem.TYPE, "heft")
                .solve(PAPER, SolveOptions.withTimeLimit(Duration.ofSeconds(1)));
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isEqualTo(80);
        assertThat(result.statistics().get("slr").doubleValue()).isEqualTo(80 / TaskGraphMetrics.minimumCostCriticalPath(PAPER));
        assertThat(Solvers.forProblem(TaskGraphProblem.TYPE)).extracting(solver -> solver.id())
                .contains("heft", "cpop", "peft", "lookahead-heft");
    }
}
