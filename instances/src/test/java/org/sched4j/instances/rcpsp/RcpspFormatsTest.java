package org.sched4j.instances.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.BestKnownTable;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspCriticalPath;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.TimeWindow;

class RcpspFormatsTest {

    @Test
    void readsHandMadePsplibAndPattersonFilesAlike() {
        RcpspInstance psplib = new PsplibFormat().read(RcpspTestFiles.testData("small.sm")).getFirst().instance();
        RcpspInstance patterson = new PattersonFormat().read(RcpspTestFiles.testData("small.rcp")).getFirst()
                .instance();
        assertThat(psplib.activityCount()).isEqualTo(5);
        assertThat(psplib.capacity(0)).isEqualTo(3);
        assertThat(psplib.activities().stream().map(a -> a.duration()).toList()).containsExactly(0, 2, 4, 3, 0);
        assertThat(psplib.precedences()).contains(Precedence.of(1, 3), Precedence.of(3, 4));
        assertThat(patterson.activities()).isEqualTo(psplib.activities());
        assertThat(patterson.precedences()).isEqualTo(psplib.precedences());
        assertThat(RcpspCriticalPath.length(psplib)).isEqualTo(5);
    }

    @Test
    void readsJ30FileWithItsCriticalPathAndBounds() {
        RcpspInstance instance = RcpspTestFiles.psplib("j301_1");
        assertThat(instance.activityCount()).isEqualTo(32);
        assertThat(instance.resourceCount()).isEqualTo(4);
        assertThat(instance.capacity(0)).isEqualTo(12);
        assertThat(instance.duration(1)).isEqualTo(8);
        assertThat(RcpspCriticalPath.length(instance)).isEqualTo(38);
        Map<String, BestKnown> table = BestKnownTable.read(TestFiles.benchmark("rcpsp", "j30", "bks.csv"));
        assertThat(table).hasSize(480);
        assertThat(table.get("j301_1").upperBound()).isEqualTo(43);
        assertThat(table.get("j301_1").isClosed()).isTrue();
    }

    @Test
    void readsPattersonFileAndRecognisesFormatsByName() {
        RcpspInstance instance = RcpspTestFiles.patterson("pat1");
        assertThat(instance.activityCount()).isEqualTo(14);
        assertThat(instance.resourceCount()).isEqualTo(3);
        assertThat(InstanceFormats.all().stream().filter(f -> f.recognizes("pat1.rcp", "14 3\n")).map(f -> f.name()))
                .containsExactly("patterson");
        assertThat(InstanceFormats.all().stream().filter(f -> f.recognizes("j301_1.sm", "***")).map(f -> f.name()))
                .containsExactly("psplib");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "multi-mode.sm|21|13|expected 1 mode (single-mode RCPSP), found 3 modes for job 3 (multi-mode instances are "
                + "not supported)",
        "missing-demand.sm|31|17|expected 4 numbers for job 4 (jobnr mode duration and 1 demands), found 3",
        "truncated.sm|23|1|expected the precedence row of job 5 of 5, found the end of the file (the file is truncated)",
        "cyclic.sm|0|0|expected a valid project, found: the precedences form a cycle: 1 -> 3 -> 1",
        "bad-successor.rcp|4|7|expected successor 1 of activity 2 to be from 1 to 5, found 9",
        "extra-data.rcp|8|1|expected the end of the file after 5 activities, found more data",
        "cyclic.json|0|0|expected a valid project, found: the precedences form a cycle: 0 -> 1 -> 0",
    })
    void reportsDefectsWithTheirPosition(String file, int line, int column, String problem) {
        Path path = RcpspTestFiles.testData("malformed", file);
        assertThatThrownBy(() -> InstanceFormats.all().stream().filter(f -> f.recognizes(file, readHead(path)))
                .findFirst().orElseThrow().read(path))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                });
    }

    @Test
    void reportsMissingJsonFieldAtItsLine() {
        Path path = RcpspTestFiles.testData("malformed", "missing-duration.json");
        assertThatThrownBy(() -> new RcpspJsonFormat().read(path))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.problem()).contains("duration");
                });
    }

    @Test
    void jsonCarriesEveryExtensionThroughWriteAndRead() throws Exception {
        RcpspJsonFormat format = new RcpspJsonFormat();
        RcpspInstance instance = format.read(RcpspTestFiles.testData("with-extensions.json")).getFirst().instance();
        assertThat(instance.name()).isEqualTo("with-extensions");
        assertThat(instance.precedences()).containsExactly(new Precedence(0, 1, 1), Precedence.of(1, 2));
        assertThat(instance.downtimes()).hasSize(1);
        assertThat(instance.windows()).containsExactly(new TimeWindow(2, 9, 12));
        assertThat(instance.disjunctivePairs()).hasSize(1);
        StringWriter text = new StringWriter();
        format.write(instance, text);
        List<ParsedInstance<RcpspInstance>> again = format.read(new StringReader(text.toString()), "again.json");
        assertThat(again).singleElement().satisfies(parsed -> assertThat(parsed.instance()).isEqualTo(instance));
    }

    private static String readHead(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
