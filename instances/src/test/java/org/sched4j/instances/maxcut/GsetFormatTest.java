package org.sched4j.instances.maxcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.BestKnownTable;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.instances.TestFiles;
import org.sched4j.maxcut.MaxCutInstance;

class GsetFormatTest {

    private static final GsetFormat FORMAT = new GsetFormat();

    private static InstanceFormatException errorOf(String file) {
        return (InstanceFormatException) org.assertj.core.api.Assertions.catchThrowable(
                () -> FORMAT.read(MaxCutTestFiles.testData(file)));
    }

    @Test
    void readsAGraphWithVerticesFromOne() {
        MaxCutInstance graph = FORMAT.read(MaxCutTestFiles.testData("cycle5-chord.txt")).getFirst().instance();

        assertThat(graph.name()).isEqualTo("cycle5-chord");
        assertThat(graph.vertexCount()).isEqualTo(5);
        assertThat(graph.edgeCount()).isEqualTo(6);
        assertThat(graph.edgeFrom(4)).isZero();
        assertThat(graph.edgeTo(4)).isEqualTo(4);
    }

    @Test
    void reportsASelfLoopAtItsSecondVertex() {
        assertThat(errorOf("self-loop.txt")).hasMessage(
                "self-loop.txt:3:3: expected two different vertices, found the self-loop 3 3");
    }

    @Test
    void reportsAVertexOutOfRange() {
        assertThat(errorOf("vertex-out-of-range.txt")).hasMessage(
                "vertex-out-of-range.txt:3:3: expected the second vertex of edge 2 to be from 1 to 3, found 4");
    }

    @Test
    void reportsARepeatedEdgeInEitherDirection() {
        assertThat(errorOf("duplicate-edge.txt")).hasMessage(
                "duplicate-edge.txt:4:1: expected each edge once, found 3 2 again (first on line 3)");
    }

    @Test
    void reportsATruncatedFile() {
        InstanceFormatException error = errorOf("truncated.txt");

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.problem()).startsWith("expected edge 3 of 3");
    }

    @Test
    void reportsDataAfterTheLastEdgeAndAnEmptyFile() {
        assertThatThrownBy(() -> FORMAT.read(new StringReader("2 1\n1 2 1\n2 1 1\n"), "extra.txt"))
                .hasMessage("extra.txt:3:1: expected the end of the file after 1 edges, found more data");
        assertThatThrownBy(() -> FORMAT.read(new StringReader(""), "empty.txt"))
                .hasMessageStartingWith("empty.txt:0:0: expected the header line");
    }

    @Test
    void writesWhatItReads() throws IOException {
        MaxCutInstance graph = MaxCutGenerators.randomGraph("g", 30, 0.2, MaxCutGenerators.Weights.PLUS_MINUS_ONE, 7);
        StringWriter text = new StringWriter();
        FORMAT.write(graph, text);

        MaxCutInstance back = FORMAT.read(new StringReader(text.toString()), "g.txt").getFirst().instance();

        assertThat(back).isEqualTo(graph);
    }

    @Test
    void isDetectedFromTheFileAndTellsJsplibApart() {
        assertThat(InstanceFormats.detect(MaxCutTestFiles.testData("cycle5-chord.txt")).name()).isEqualTo("gset");
        assertThat(FORMAT.recognizes("ft06.txt", "6 6\n2 1 0 3 1 6 3 7 5 3 4 6\n")).isFalse();
    }

    @Test
    void readsTheGsetBenchmarkAndItsBestKnownTable() {
        MaxCutInstance g22 = MaxCutTestFiles.gset("G22");
        Map<String, BestKnown> table = BestKnownTable.read(TestFiles.benchmark("maxcut", "gset", "bks.csv"));

        assertThat(g22.vertexCount()).isEqualTo(2000);
        assertThat(g22.edgeCount()).isEqualTo(19990);
        assertThat(table).hasSize(54);
        assertThat(table.get("G22").upperBound()).isEqualTo(13359);
    }
}
