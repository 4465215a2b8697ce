package org.sched4j.instances.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessJob;

class OrlibWeightedTardinessFormatTest {

    private final OrlibWeightedTardinessFormat format = new OrlibWeightedTardinessFormat();

    @Test
    void readsAStreamWhateverItsLineBreaksWithTheOptimaBesideIt() {
        List<ParsedInstance<TardinessInstance>> parsed = format.read(TestFiles.tardinessTestData("wt3.txt"));

        assertThat(parsed).extracting(ParsedInstance::name).containsExactly("wt3#1", "wt3#2");
        assertThat(parsed.get(0).instance().jobs()).containsExactly(TardinessJob.weighted(3, 4, 1),
                TardinessJob.weighted(2, 2, 2), TardinessJob.weighted(4, 5, 3));
        assertThat(parsed.get(1).instance().dueDates()).containsExactly(5, 6, 20);
        assertThat(parsed.get(0).embedded()).isEqualTo(new BestKnown("wt3#1", 8, 8));
        assertThat(parsed.get(1).embedded()).isEqualTo(new BestKnown("wt3#2", 4, 4));
    }

    @Test
    void readsOrLibraryWithProvenAndBestKnownValues() {
        List<ParsedInstance<TardinessInstance>> wt40 = format.read(TestFiles.benchmark("smtt", "wt40.txt"));
        List<ParsedInstance<TardinessInstance>> wt100 = format.read(TestFiles.benchmark("smtt", "wt100.txt"));

        assertThat(wt40).hasSize(125);
        assertThat(wt40.getFirst().instance().job(0)).isEqualTo(TardinessJob.weighted(26, 1588, 1));
        assertThat(wt40.getFirst().embedded()).isEqualTo(new BestKnown("wt40#1", 913, 913));
        assertThat(wt40.get(18).embedded().isClosed()).as("wt40#19 is best known only").isFalse();
        assertThat(wt100).hasSize(125);
        assertThat(wt100.getFirst().embedded().upperBound()).isEqualTo(5988);
        assertThat(wt100.getFirst().embedded().hasLowerBound()).isFalse();
    }

    @Test
    void isDetectedFromItsName() {
        assertThat(InstanceFormats.detect(TestFiles.tardinessTestData("wt3.txt")).name()).isEqualTo("orlib-wt");
    }

    @Test
    void reportsATruncatedStreamAtTheEndOfTheFile() {
        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class,
                () -> format.read(TestFiles.tardinessTestData("wt3-truncated.txt")));

        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.problem()).startsWith("expected the due date of job 3 of wt3-truncated#1");
    }

    @Test
    void reportsAWordWhereANumberBelongs() {
        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class,
                () -> format.read(TestFiles.tardinessTestData("wt3-letter.txt")));

        assertThat(error.getMessage()).isEqualTo(
                "wt3-letter.txt:2:3: expected the weight of job 2 of wt3-letter#1 (an integer), found 'x'");
    }

    @Test
    void needsTheNumberOfJobsInTheFileName() {
        InstanceFormatException error = catchThrowableOfType(InstanceFormatException.class,
                () -> format.read(new StringReader("1 2 3"), "weights.txt"));

        assertThat(error.line()).isZero();
        assertThat(error.problem()).contains("expected a file named wtN");
    }

    @Test
    void writesWhatItReads() throws Exception {
        TardinessInstance instance = format.read(TestFiles.tardinessTestData("wt3.txt")).getFirst().instance();
        StringWriter text = new StringWriter();
        format.write(instance, text);

        assertThat(format.read(new StringReader(text.toString()), "wt3.txt").getFirst().instance().jobs())
                .isEqualTo(instance.jobs());
    }
}
