package org.sched4j.instances.taillard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.jobshop.JobShopInstance;

class TaillardFormatTest {

    private final TaillardFormat format = new TaillardFormat();

    @Test
    void readsTheEightyPublishedInstancesAsTheGeneratorMakesThem() throws IOException {
        Path folder = TestFiles.benchmark("jobshop", "taillard");
        List<ParsedInstance<JobShopInstance>> parsed = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                parsed.addAll(format.read(file));
            }
        }

        assertThat(parsed).extracting(ParsedInstance::name).containsExactlyElementsOf(TaillardBenchmarks.names());
        for (ParsedInstance<JobShopInstance> instance : parsed) {
            assertThat(instance.instance()).as(instance.name())
                    .isEqualTo(TaillardBenchmarks.instance(instance.name()));
        }
        assertThat(parsed.getFirst().embedded()).isEqualTo(new BestKnown("ta01", 1005, 1231));
    }

    @Test
    void namesInstancesWithOtherSeedsAfterTheFileAndTheirPosition() {
        List<ParsedInstance<JobShopInstance>> parsed =
                format.read(TestFiles.jobShopTestData("two-small-taillard-instances.txt"));

        assertThat(parsed).extracting(ParsedInstance::name)
                .containsExactly("two-small-taillard-instances#1", "two-small-taillard-instances#2");
        JobShopInstance first = parsed.get(0).instance();
        assertThat(first.machineMatrix()).isDeepEqualTo(new int[][] {{0, 1}, {1, 0}});
        assertThat(first.durationMatrix()).isDeepEqualTo(new int[][] {{3, 4}, {2, 5}});
        assertThat(parsed.get(0).embedded()).isEqualTo(new BestKnown("two-small-taillard-instances#1", 7, 9));
        assertThat(parsed.get(1).instance().machineMatrix()).isDeepEqualTo(new int[][] {{2, 0, 1}});
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            taillard-machine-zero.txt   | 8 | 2 | expected the machine of operation 1 of job 2 of 2 of instance 1 to be from 1 to 2, found 0
            taillard-missing-times.txt  | 3 | 2 | expected the line 'Times' of instance 1, found '3 4'
            """)
    void reportsEachDefectWithItsPosition(String fileName, int line, int column, String problem) {
        Path file = TestFiles.jobShopTestData("malformed", fileName);

        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class, () -> format.read(file));

        assertThat(error).as("no error for " + fileName).isNotNull();
        assertThat(error.source()).isEqualTo(fileName);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.problem()).isEqualTo(problem);
    }

    @Test
    void reportsAMissingHeaderAtTheFirstLine() {
        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class,
                () -> format.read(new StringReader("15 15\n"), "tai.txt"));

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.problem()).startsWith("expected the header line 'Nb of jobs");
    }

    @Test
    void recognizesFilesThatStartWithTheHeader() {
        assertThat(format.recognizes("tai015_15.txt", "Nb of jobs, Nb of Machines, Time seed\r\n 15 15")).isTrue();
        assertThat(format.recognizes("ft06.txt", "6 6\n2 1 0 3 1 6 3 7 5 3 4 6\n")).isFalse();
    }
}
