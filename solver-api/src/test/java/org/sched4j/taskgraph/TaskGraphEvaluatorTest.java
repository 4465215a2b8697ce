package org.sched4j.taskgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sched4j.api.Evaluation;
import org.junit.jupiter.api.Test;

class TaskGraphEvaluatorTest {

    private static final TaskGraphInstance FORK = TaskGraphInstance.of("fork",
            new double[][] {{2, 3}, {4, 1}, {5, TaskGraphInstance.CANNOT_RUN}},
            List.of(new DataEdge(0, 1, 10), new DataEdge(0, 2, 1)));

    private final TaskGraphEvaluator evaluator = new TaskGraphEvaluator();

    @Test
    void acceptsFeasibleScheduleAndComputesMakespanSlrAndSpeedup() {
        TaskGraphSchedule schedule = TaskGraphSchedule.of(new int[] {0, 0, 0}, new double[] {0, 2, 6});
        Evaluation evaluation = evaluator.evaluate(FORK, schedule);
        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.objective()).isEqualTo(11);
        assertThat(TaskGraphMetrics.minimumCostCriticalPath(FORK)).isEqualTo(7);
        assertThat(TaskGraphMetrics.scheduleLengthRatio(FORK, 11)).isEqualTo(11 / 7.0);
        assertThat(TaskGraphMetrics.speedup(FORK, 11)).isEqualTo(1.0);
    }

    @Test
    void reportsMissingCommunicationDelay() {
        TaskGraphSchedule schedule = TaskGraphSchedule.of(new int[] {0, 1, 0}, new double[] {0, 5, 2});
        assertThat(evaluator.evaluate(FORK, schedule).violations())
                .containsExactly("task T1 starts at 5.0 before the data of its predecessor T0 arrives at 12.0");
    }

    @Test
    void reportsOverlapAndForbiddenProcessor() {
        TaskGraphSchedule overlap = TaskGraphSchedule.of(new int[] {0, 0, 0}, new double[] {0, 2, 3});
        assertThat(evaluator.evaluate(FORK, overlap).violations())
                .containsExactly("tasks T1 and T2 overlap on processor P0: [2.0, 6.0) and [3.0, 8.0)");
        TaskGraphSchedule forbidden = TaskGraphSchedule.of(new int[] {0, 0, 1}, new double[] {0, 2, 20});
        Evaluation evaluation = evaluator.evaluate(FORK, forbidden);
        assertThat(evaluation.violations()).containsExactly("task T2 cannot run on processor P1");
        assertThat(evaluation.objective()).isNaN();
    }
}
