package org.sched4j.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BestKnownTableTest {

    @Test
    void readsTheSharedJobShopTable() {
        Map<String, BestKnown> table = BestKnownTable.read(TestFiles.benchmark("jobshop", "bks.csv"));

        assertThat(table).hasSize(162);
        assertThat(table.get("ta01")).isEqualTo(new BestKnown("ta01", 1231, 1231));
        assertThat(table.get("ft06").upperBound()).isEqualTo(55);
        assertThat(table.get("ta41").lowerBound()).isLessThan(table.get("ta41").upperBound());
    }

    @Test
    void readsTheBestKnownColumnAndTreatsEmptyOrMissingCellsAsUnknown() {
        Map<String, BestKnown> table = BestKnownTable.read(TestFiles.jobShopTestData("bks-best-known-column.csv"));

        assertThat(table.keySet()).containsExactly("alpha", "beta", "gamma");
        assertThat(table.get("alpha")).isEqualTo(new BestKnown("alpha", 90, 100));
        assertThat(table.get("beta").hasUpperBound()).isFalse();
        assertThat(table.get("beta").hasLowerBound()).isFalse();
        assertThat(table.get("gamma").upperBound()).isEqualTo(250);
        assertThat(table.get("gamma").hasLowerBound()).isFalse();
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() {
        Map<String, BestKnown> table = BestKnownTable.read(
                new StringReader("\uFEFFinstance,upper_bound\r\nx,12\r\ny,13.5\r\n"), "bom.csv");

        assertThat(table.get("y").upperBound()).isEqualTo(13.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bks-not-a-number.csv                | 3 | 2 | in column 'upper_bound', found '12x4'
            bks-missing-instance-column.csv     | 1 | 0 | expected a column 'instance' in the header
            bks-missing-upper-bound-column.csv  | 1 | 0 | expected a column 'upper_bound' or 'best_known'
            """)
    void reportsEachDefectWithItsPosition(String fileName, int line, int column, String problem) {
        Path file = TestFiles.jobShopTestData("malformed", fileName);

        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class,
                () -> BestKnownTable.read(file));

        assertThat(error).as("no error for " + fileName).isNotNull();
        assertThat(error.source()).isEqualTo(fileName);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.problem()).contains(problem);
    }

    @Test
    void rejectsAnInstanceListedTwice() {
        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class, () -> BestKnownTable.read(
                new StringReader("instance,upper_bound\na,1\n\nb,2\na,3\n"), "twice.csv"));

        assertThat(error.line()).isEqualTo(5);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.problem()).contains("first on line 2");
    }

    @Test
    void rejectsAnEmptyFile() {
        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class,
                () -> BestKnownTable.read(new StringReader(""), "empty.csv"));

        assertThat(error.line()).isZero();
        assertThat(error.problem()).contains("found an empty file");
    }

    @Test
    void findsTheTableBesideAnInstanceFile(@TempDir Path folder) throws IOException {
        Path instance = folder.resolve("ft06.txt");

        assertThat(BestKnownTable.beside(instance)).isEmpty();
        Files.writeString(folder.resolve("bks.csv"), "instance,upper_bound\nft06,55\n");
        assertThat(BestKnownTable.beside(instance)).contains(folder.resolve("bks.csv").toAbsolutePath().normalize());
    }
}
