package org.sched4j.portfolio.taskgraph;

import org.sched4j.localsearch.taskgraph.TaskGraphLocalSearchSolver;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.taskgraph.HeftScheduler;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.taskgraph.RandomTaskGraphGenerator;
import org.sched4j.instances.taskgraph.StgFormat;
import org.sched4j.instances.taskgraph.TaskGraphFixtures;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;
import org.sched4j.taskgraph.TaskGraphProblem;

@Timeout(60)
class TaskGraphSearchSolversTest {

    private static final SolveOptions ONE_SECOND = SolveOptions.withTimeLimit(Duration.ofSeconds(1)).threads(1);

    @BeforeAll
    static void loadOrTools() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @Test
    void lateAcceptanceImprovesHeftOnCommunicationHeavyGraphsAndStaysValid() {
        TaskGraphInstance instance = RandomTaskGraphGenerator.generate("heavy",
                new RandomTaskGraphGenerator.Parameters(60, 5, 1, 3, 1, 4, 20), 3);
        double heft = new HeftScheduler().schedule(instance).makespan(instance);
        SolveResult<TaskGraphSchedule> result = new TaskGraphLocalSearchSolver().solve(instance,
                ONE_SECOND.parameters(Map.of(TaskGraphLocalSearchSolver.MAX_ITERATIONS, "20000")));
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isLessThan(heft);
        assertThat(result.statistics().get("iterations").longValue()).isLessThanOrEqualTo(20000);
    }

    @Test
    void autoReachesTheOptimumOfTwoChainsOnTwoProcessors() {
        ParsedInstance<TaskGraphInstance> chains = new StgFormat(List.of(2))
                .read(TaskGraphFixtures.testData("two-chains.stg")).getFirst();
        SolveResult<TaskGraphSchedule> result = Solvers.get(TaskGraphProblem.TYPE, "auto")
                .solve(chains.instance(), ONE_SECOND);
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isEqualTo(8);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    void autoBeatsHeftOnThePaperExampleAndProvesItsOptimum() {
        TaskGraphInstance paper = TaskGraphFixtures.paperExample();
        SolveResult<TaskGraphSchedule> result = new TaskGraphPortfolioSolver().solve(paper,
                SolveOptions.withTimeLimit(Duration.ofSeconds(3)).threads(1));
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isLessThan(TaskGraphFixtures.PAPER_HEFT_MAKESPAN).isEqualTo(73);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }
}
