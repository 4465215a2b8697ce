package org.sched4j.instances.jsplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.jobshop.RandomJobShopGenerator;
import org.sched4j.jobshop.JobShopInstance;

class JsplibFormatTest {

    private final JsplibFormat format = new JsplibFormat();

    @Test
    void readsFt06WithItsPublishedData() {
        List<ParsedInstance<JobShopInstance>> parsed = format.read(TestFiles.benchmark("jobshop", "jsplib", "ft06.txt"));

        assertThat(parsed).hasSize(1);
        JobShopInstance ft06 = parsed.getFirst().instance();
        assertThat(parsed.getFirst().name()).isEqualTo("ft06");
        assertThat(ft06.name()).isEqualTo("ft06");
        assertThat(ft06.jobCount()).isEqualTo(6);
        assertThat(ft06.machineCount()).isEqualTo(6);
        assertThat(ft06.machineMatrix()[0]).containsExactly(2, 0, 1, 3, 5, 4);
        assertThat(ft06.durationMatrix()[0]).containsExactly(1, 3, 6, 7, 3, 6);
        assertThat(ft06.durationMatrix()[5]).containsExactly(3, 3, 9, 10, 4, 1);
        assertThat(ft06.totalDuration()).isEqualTo(197);
        assertThat(parsed.getFirst().embedded().hasUpperBound()).isFalse();
    }

    @Test
    void readsEveryJsplibFileOfTheBenchmarkData() throws IOException {
        Path folder = TestFiles.benchmark("jobshop", "jsplib");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }

        assertThat(files).hasSize(162);
        for (Path file : files) {
            JobShopInstance instance = format.read(file).getFirst().instance();
            assertThat(instance.operationCount()).as(file.getFileName().toString())
                    .isEqualTo(instance.jobCount() * instance.machineCount());
        }
    }

    @Test
    void skipsCommentsAndBlankLinesAndAcceptsAnyWhitespace() {
        JobShopInstance instance = format.read(TestFiles.jobShopTestData("comments-and-whitespace.txt"))
                .getFirst().instance();

        assertThat(instance.name()).isEqualTo("comments-and-whitespace");
        assertThat(instance.machineMatrix()).isDeepEqualTo(new int[][] {{0, 1, 2}, {1, 0, 2}, {2, 1, 0}});
        assertThat(instance.durationMatrix()).isDeepEqualTo(new int[][] {{2, 3, 4}, {5, 6, 7}, {1, 1, 1}});
    }

    @Test
    void acceptsWindowsLineEnds() {
        JobShopInstance instance = format.read(TestFiles.jobShopTestData("windows-line-ends.txt")).getFirst().instance();

        assertThat(instance.machineMatrix()).isDeepEqualTo(new int[][] {{0, 1}, {1, 0}});
        assertThat(instance.durationMatrix()).isDeepEqualTo(new int[][] {{3, 4}, {2, 5}});
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated.txt                 | 4 | 1  | expected the line of job 3 of 3, found the end of the file
            non-number.txt                | 2 | 7  | expected the duration of operation 2 of job 1 (an integer), found 'x'
            machine-out-of-range.txt      | 3 | 5  | expected the machine of operation 2 of job 2 to be from 0 to 2, found 3
            negative-duration.txt         | 3 | 7  | expected the duration of operation 2 of job 2 to be at least 0, found -5
            too-few-operations.txt        | 3 | 10 | expected 6 numbers for job 2 (3 pairs 'machine duration'), found 5
            too-many-operations.txt       | 2 | 13 | expected 6 numbers for job 1 (3 pairs 'machine duration'), found 8
            empty.txt                     | 0 | 0  | expected the header line 'jobs machines', found an empty file
            only-comments.txt             | 0 | 0  | found no data (only blank or comment lines)
            header-with-three-numbers.txt | 1 | 5  | expected 2 numbers on the header line (jobs machines), found 3
            extra-job.txt                 | 4 | 1  | expected the end of the file after 2 jobs, found more data
            """)
    void reportsEachDefectWithItsPosition(String fileName, int line, int column, String problem) {
        Path file = TestFiles.jobShopTestData("malformed", fileName);

        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class, () -> format.read(file));

        assertThat(error).as("no error for " + fileName).isNotNull();
        assertThat(error.source()).isEqualTo(fileName);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.problem()).contains(problem);
        assertThat(error.getMessage()).startsWith(fileName + ":" + line + ":" + column + ": ");
    }

    @Test
    void rejectsZeroJobsInTheHeader() {
        assertThatThrownBy(() -> format.read(new StringReader("0 3\n"), "zero.txt"))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage("zero.txt:1:1: expected the number of jobs to be at least 1, found 0");
    }

    @Test
    void reportsATruncatedFileWhoseHeaderClaimsAHugeNumberOfJobs() {
        assertThatThrownBy(() -> format.read(new StringReader("2000000000 3\n0 1 1 1 2 1\n"), "huge.txt"))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith("huge.txt:3:1: expected the line of job 2 of 2000000000");
    }

    @Test
    void writesWhatItReadsBack() throws IOException {
        JobShopInstance original = RandomJobShopGenerator.generate("round-trip", 7, 4, 0, 250, 42);
        StringWriter text = new StringWriter();

        format.write(original, text);
        JobShopInstance readBack = format.read(new StringReader(text.toString()), "round-trip.jss")
                .getFirst().instance();

        assertThat(readBack).isEqualTo(original);
        assertThat(text.toString()).startsWith("7 4\n").hasLineCount(8);
    }

    @Test
    void writesFt06InTheStandardLayout() throws IOException {
        JobShopInstance ft06 = format.read(TestFiles.benchmark("jobshop", "jsplib", "ft06.txt")).getFirst().instance();
        StringWriter text = new StringWriter();

        format.write(ft06, text);

        assertThat(text.toString().lines().toList().subList(0, 2))
                .containsExactly("6 6", " 2  1  0  3  1  6  3  7  5  3  4  6");
    }

    @Test
    void refusesToWriteJobsWithFewerOperationsThanMachines() {
        JobShopInstance ragged = JobShopInstance.of("ragged", 3, new int[][] {{0, 1}}, new int[][] {{4, 5}});

        assertThatThrownBy(() -> format.write(ragged, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 3 operations per job");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ft06.txt  | '# comment\n6 6\n2 1 0 3 1 6 3 7 5 3 4 6\n'  | true
            a.jss     | '2 2\n0 1 1 1\n'                             | true
            noext     | '2 2\n0 1 1 1\n'                             | true
            a.jsp     | '2 2\n0 1 1 1\n'                             | true
            a.rcp     | '2 2\n0 1 1 1\n'                             | false
            G1        | '800 19176\n1 2 1\n'                         | false
            pat1.txt  | '14 3\n6 7 7\n'                              | false
            one.txt   | '50\n0 0 0\n'                                | false
            neg.txt   | '2 -2\n0 1 1 1\n'                            | false
            words.txt | 'Nb of jobs, Nb of Machines\n1 2\n'          | false
            short.txt | '2 2\n'                                      | false
            """)
    void recognizesOnlyJsplibHeadsWithAJobLineOfTwiceTheMachines(String fileName, String head, boolean expected) {
        assertThat(format.recognizes(fileName, head.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
