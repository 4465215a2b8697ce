package org.sched4j.instances.taskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.taskgraph.TaskGraphInstance;

class TaskGraphFormatsTest {

    @Test
    void readsThePaperExampleFolderLikeTheWrittenOutFixture() {
        var folder = TestFiles.benchmark("dag", "heft-paper-example");
        assertThat(InstanceFormats.detectFolder(folder)).get().extracting(format -> format.name()).isEqualTo("heft-csv");
        TaskGraphInstance read = new HeftCsvFormat().read(folder).getFirst().instance();
        TaskGraphInstance fixture = TaskGraphFixtures.paperExample();
        assertThat(read.name()).isEqualTo("heft-paper-example");
        assertThat(read.taskCount()).isEqualTo(10);
        assertThat(read.processorCount()).isEqualTo(3);
        assertThat(read.costs()).isDeepEqualTo(fixture.costs());
        assertThat(read.edges()).containsExactlyElementsOf(fixture.edges());
    }

    @Test
    void rejectsCyclicHeftCsvNamingTheCycle() {
        assertThatThrownBy(() -> new HeftCsvFormat().read(TaskGraphFixtures.testData("cyclic-heft-csv")))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("the precedences contain the cycle T_")
                .hasMessageContaining("T_1").hasMessageContaining("T_2");
    }

    @Test
    void reportsThePositionOfABadCostInHeftCsv() {
        assertThatThrownBy(() -> new HeftCsvFormat().read(TaskGraphFixtures.testData("bad-cost-heft-csv")))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage("bad_task_exe_time.csv:3:7: expected a cost (or inf), found 'x4'");
    }

    @Test
    void reportsThePositionOfAJsonSyntaxError() {
        String text = "{\"taskgraph\": \"g\",\n \"processors\": [\"P0\",]\n}";
        assertThatThrownBy(() -> new TaskGraphJsonFormat().read(new StringReader(text), "g.json"))
                .isInstanceOf(InstanceFormatException.class)
                .satisfies(e -> {
                    InstanceFormatException error = (InstanceFormatException) e;
                    assertThat(error.source()).isEqualTo("g.json");
                    assertThat(error.line()).isEqualTo(2);
                    assertThat(error.column()).isGreaterThan(1);
                });
    }

    @Test
    void readsStgOncePerProcessorCountWithThePublishedOptimum() {
        List<ParsedInstance<TaskGraphInstance>> instances =
                new StgFormat().read(TestFiles.benchmark("dag", "stg", "50", "rand0000.stg"));
        assertThat(instances).extracting(ParsedInstance::name)
                .containsExactly("rand0000@P2", "rand0000@P4", "rand0000@P8", "rand0000@P16");
        ParsedInstance<TaskGraphInstance> four = instances.get(1);
        assertThat(four.instance().taskCount()).isEqualTo(50);
        assertThat(four.instance().processorCount()).isEqualTo(4);
        assertThat(four.instance().hasIdenticalProcessors()).isTrue();
        assertThat(four.instance().hasFreeCommunication()).isTrue();
        assertThat(four.embedded().upperBound()).isEqualTo(66);
        assertThat(four.embedded().isClosed()).isTrue();
    }

    @Test
    void readsTheBoundsOfACaseOpenAtPublication() {
        ParsedInstance<TaskGraphInstance> open = new StgFormat(List.of(2))
                .read(TestFiles.benchmark("dag", "stg", "50", "rand0060.stg")).getFirst();
        assertThat(open.embedded().lowerBound()).isEqualTo(157);
        assertThat(open.embedded().upperBound()).isEqualTo(165);
        assertThat(open.embedded().isClosed()).isFalse();
    }

    @Test
    void readsStgWithTheProcessorsOption() {
        var format = new StgFormat().configure(Map.of("processors", "3"));
        List<ParsedInstance<TaskGraphInstance>> instances = format.read(TaskGraphFixtures.testData("two-chains.stg"));
        assertThat(instances).singleElement().satisfies(parsed -> {
            assertThat(parsed.name()).isEqualTo("two-chains@P3");
            assertThat(parsed.instance().processorCount()).isEqualTo(3);
            assertThat(parsed.instance().edges()).hasSize(2);
        });
    }

    @Test
    void reportsThePositionOfABadStgPredecessor() {
        assertThatThrownBy(() -> new StgFormat().read(TaskGraphFixtures.testData("bad-predecessor.stg")))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage("bad-predecessor.stg:4:7: expected a predecessor of task 2 (a smaller id) to be from 0 to 1, "
                        + "found 5");
    }

    @Test
    void readsWfCommonsWithRuntimesScaledBySpeed() {
        var format = new WfCommonsFormat().configure(Map.of("speeds", "1,2"));
        TaskGraphInstance workflow = format.read(TestFiles.benchmark("dag", "wfcommons",
                "srasearch-chameleon-10a-001.json")).getFirst().instance();
        assertThat(workflow.taskCount()).isEqualTo(22);
        assertThat(workflow.processorCount()).isEqualTo(2);
        for (int task = 0; task < workflow.taskCount(); task++) {
            assertThat(workflow.cost(task, 1)).isEqualTo(workflow.cost(task, 0) / 2);
        }
        assertThat(workflow.edges()).isNotEmpty();
        assertThat(InstanceFormats.detect(TestFiles.benchmark("dag", "wfcommons", "srasearch-chameleon-10a-001.json"))
                .name()).isEqualTo("wfcommons");
    }

    @Test
    void readsWfCommonsWithAPlatformFile() {
        var format = new WfCommonsFormat().configure(Map.of("platform",
                TaskGraphFixtures.testData("cpu-gpu-platform.json").toString()));
        TaskGraphInstance workflow = format.read(TestFiles.benchmark("dag", "wfcommons",
                "srasearch-chameleon-10a-001.json")).getFirst().instance();
        assertThat(workflow.processorNames()).containsExactly("cpu", "gpu");
        assertThat(workflow.cost(0, 1)).isEqualTo(workflow.cost(0, 0) / 8);
        assertThat(workflow.network().latency(0, 1)).isEqualTo(0.5);
        assertThat(workflow.network().bandwidth(1, 0)).isEqualTo(1_000_000);
    }

    @Test
    void writesAndReadsBackTaskGraphJson() throws Exception {
        TaskGraphInstance generated = RandomTaskGraphGenerator.generate("g",
                new RandomTaskGraphGenerator.Parameters(30, 1.0, 1.0, 3, 0.5, 3, 20), 7);
        StringWriter text = new StringWriter();
        new TaskGraphJsonFormat().write(generated, text);
        TaskGraphInstance read = new TaskGraphJsonFormat().read(new StringReader(text.toString()), "g.json")
                .getFirst().instance();
        assertThat(read.costs()).isDeepEqualTo(generated.costs());
        assertThat(read.edges()).isEqualTo(generated.edges());
        assertThat(read.network()).isEqualTo(generated.network());
    }

    @Test
    void generatesTheSameGraphFromTheSameSeed() {
        var parameters = new RandomTaskGraphGenerator.Parameters(60, 5.0, 0.5, 2, 1.0, 4, 50);
        TaskGraphInstance first = RandomTaskGraphGenerator.generate("a", parameters, 11);
        TaskGraphInstance second = RandomTaskGraphGenerator.generate("a", parameters, 11);
        assertThat(first.costs()).isDeepEqualTo(second.costs());
        assertThat(first.edges()).isEqualTo(second.edges());
        assertThat(first.taskCount()).isEqualTo(60);
        // Only the first level (the lowest task numbers) may lack predecessors.
        int firstWithPredecessor = 0;
        while (first.predecessors(firstWithPredecessor).isEmpty()) {
            firstWithPredecessor++;
        }
        for (int task = firstWithPredecessor; task < 60; task++) {
            assertThat(first.predecessors(task)).as("predecessors of task %d", task).isNotEmpty();
        }
        assertThat(firstWithPredecessor).isBetween(1, 59);
    }
}
