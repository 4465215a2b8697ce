package org.sched4j.instances.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.tardiness.TardinessInstance;

class TardinessTextFormatTest {

    private final TardinessTextFormat format = new TardinessTextFormat();

    @Test
    void readsInstancesWithTheirOptimum() {
        List<ParsedInstance<TardinessInstance>> parsed = format.read(TestFiles.tardinessTestData("two-small.txt"));

        assertThat(parsed).extracting(ParsedInstance::name).containsExactly("two-small#1", "two-small#2");
        assertThat(parsed.get(0).instance().processingTimes()).containsExactly(4, 2, 5, 1, 3);
        assertThat(parsed.get(0).instance().dueDates()).containsExactly(6, 3, 12, 4, 9);
        assertThat(parsed.get(0).embedded().hasUpperBound()).isFalse();
        assertThat(parsed.get(1).embedded()).isEqualTo(new BestKnown("two-small#2", 7, 7));
    }

    @Test
    void readsThePaperSets() {
        List<ParsedInstance<TardinessInstance>> parsed =
                format.read(TestFiles.benchmark("smtt", "tardiness-llm-paper", "data_100_200.txt"));

        assertThat(parsed).hasSize(200);
        assertThat(parsed.getFirst().instance().jobCount()).isEqualTo(100);
        assertThat(parsed.getFirst().embedded().upperBound()).isEqualTo(2065);
        assertThat(format.recognizes("data_100_200.txt", "# comment\n100 0.2 0.2 2065\n")).isTrue();
        assertThat(format.recognizes("wt40.txt", "  26  24  79\n")).isFalse();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 0.2 0.2\\n1 2 3\\n4 5 6\\n   | 1 | 10 | expected 4 numbers in the header of x#1 (n RDD TF optimal), found 3
            3 0.2 high 9\\n1 2 3\\n4 5 6\\n | 1 | 7 | expected TF of x#1 (a decimal number), found 'high'
            3 0.2 0.2 9\\n1 2 3\\n4 5\\n    | 3 | 4 | expected 3 due dates of x#1, found 2
            3 0.2 0.2 9\\n1 0 3\\n4 5 6\\n  | 2 | 3 | expected value 2 of the processing times of x#1 to be from 1 to 1000000000, found 0
            3 0.2 0.2 9\\n1 2 3\\n         | 3 | 1 | expected the line of 3 due dates of x#1, found the end of the file (the file is truncated)
            """)
    void reportsDefectsWithTheirPosition(String text, int line, int column, String problem) {
        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class,
                () -> format.read(new StringReader(text.replace("\\n", "\n")), "x.txt"));

        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.problem()).isEqualTo(problem);
    }

    @Test
    void acceptsNegativeDueDatesAsThePublishedSetsHoldThem() {
        ParsedInstance<TardinessInstance> parsed = format.read(new StringReader("2 0.2 1.0 -\n3 4\n-5 2\n"),
                "negative.txt").getFirst();

        assertThat(parsed.instance().dueDates()).containsExactly(-5, 2);
    }

    @Test
    void writesWhatItReads() throws Exception {
        TardinessInstance instance = TardinessGenerator.generate("g", 12, 0.6, 0.4, false, 7);
        StringWriter text = new StringWriter();
        format.write(instance, 0.4, 0.6, text);

        ParsedInstance<TardinessInstance> read = format.read(new StringReader(text.toString()), "g.txt").getFirst();
        assertThat(read.instance().jobs()).isEqualTo(instance.jobs());
        assertThat(read.embedded().hasUpperBound()).isFalse();
    }
}
