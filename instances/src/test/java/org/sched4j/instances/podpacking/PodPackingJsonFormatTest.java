package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

class PodPackingJsonFormatTest {

    private final PodPackingJsonFormat format = new PodPackingJsonFormat();

    @Test
    void readsTheHandWrittenScenario() {
        var file = PodPackingTestFiles.testData("small.json");
        assertThat(InstanceFormats.detect(file).name()).isEqualTo("podpacking-json");
        PodPackingInstance instance = format.read(file).getFirst().instance();
        assertThat(instance.nodes().get(1).podLimit()).isEqualTo(110);
        assertThat(instance.pods()).containsExactly(new Pod("low", 600, 100_000_000, 0, 0, false),
                new Pod("sys", 500, 100_000_000, 100, 1, true), Pod.pending("high", 600, 100_000_000, 10));
    }

    @Test
    void writesWhatItReads() throws IOException {
        PodPackingInstance generated = PaperGridGenerator.generate(4, 4, 2, 1.0, 3);
        StringWriter text = new StringWriter();
        format.write(generated, text);
        PodPackingInstance read = format.read(new StringReader(text.toString()), "x.json").getFirst().instance();
        assertThat(read).isEqualTo(generated);
    }

    @Test
    void namesThePositionOfAnUnknownNode() {
        String json = """
                {"format": "sched4j-podpacking",
                 "nodes": [{"name": "a", "cpu_millis": 1, "memory_bytes": 1}],
                 "pods": [{"name": "p", "cpu_millis": 1, "memory_bytes": 1, "node": "b"}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(69);
                    assertThat(e.problem()).contains("expected the name of a node");
                });
    }

    @Test
    void rejectsANegativeRequestAtItsPod() {
        String json = """
                {"format": "sched4j-podpacking", "nodes": [],
                 "pods": [{"name": "p", "cpu_millis": -5, "memory_bytes": 1}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(11);
                    assertThat(e.problem()).contains("cpuMillis must be at least 0");
                });
    }
}
