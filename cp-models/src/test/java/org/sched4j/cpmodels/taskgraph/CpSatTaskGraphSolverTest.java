package org.sched4j.cpmodels.taskgraph;

import org.sched4j.heuristics.taskgraph.TaskGraphListScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.taskgraph.StgFormat;
import org.sched4j.instances.taskgraph.TaskGraphFixtures;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

@Timeout(60)
class CpSatTaskGraphSolverTest {

    /** The optimal makespan of the HEFT paper's example (docs/taskgraph.md). */
    private static final double PAPER_OPTIMUM = 73;

    private static final SolveOptions TWO_SECONDS = SolveOptions.withTimeLimit(Duration.ofSeconds(2)).threads(2);

    @BeforeAll
    static void loadOrTools() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @Test
    void provesTheOptimumOfThePaperExampleBelowHeft() {
        SolveResult<TaskGraphSchedule> result = new CpSatTaskGraphSolver()
                .solve(TaskGraphFixtures.paperExample(), TWO_SECONDS);
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isLessThan(TaskGraphFixtures.PAPER_HEFT_MAKESPAN).isEqualTo(PAPER_OPTIMUM);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    void findsTheOptimumOfAGraphWhereCommunicationDecides() {
        // A fork: sending the 10-unit transfer costs more than running both children on the parent's processor.
        TaskGraphInstance fork = TaskGraphInstance.of("fork", new double[][] {{2, 2}, {3, 3}, {3, 3}},
                List.of(new DataEdge(0, 1, 10), new DataEdge(0, 2, 10)));
        SolveResult<TaskGraphSchedule> result = new CpSatTaskGraphSolver().solve(fork, TWO_SECONDS);
        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(8);
    }

    @Test
    void reachesAndProvesThePublishedStgOptimumOnFourProcessors() {
        ParsedInstance<TaskGraphInstance> parsed = new StgFormat(List.of(4))
                .read(TestFiles.benchmark("dag", "stg", "50", "rand0000.stg")).getFirst();
        SolveResult<TaskGraphSchedule> result = new CpSatTaskGraphSolver().solve(parsed.instance(), TWO_SECONDS);
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isEqualTo(parsed.embedded().upperBound());
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    void keepsFractionalTransferTimesFeasible() {
        TaskGraphInstance fractional = TaskGraphInstance.of("fractional", new double[][] {{1.5, 2}, {2, 1.25}, {1, 1}},
                List.of(new DataEdge(0, 1, 0.7), new DataEdge(0, 2, 0.3), new DataEdge(1, 2, 0.2)));
        SolveResult<TaskGraphSchedule> result = new CpSatTaskGraphSolver().solve(fractional, TWO_SECONDS);
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isLessThanOrEqualTo(TaskGraphListScheduler.best(fractional)
                .makespan(fractional));
    }
}
