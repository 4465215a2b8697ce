package org.sched4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.TestData;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.jobshop.JobShopProblem;
import org.sched4j.rcpsp.RcpspProblem;

class InstanceLoaderTest {

    private static final Path UNRECOGNISED = TestData.cli("unrecognised.dat");
    private static final BestKnownLookup NO_BOUNDS = new BestKnownLookup(Optional.empty(),
            new PrintWriter(new StringWriter()));

    @Test
    void wordsAnUndetectableFormatWithTheFormatOptionAndEveryFormat() {
        LoadFailure failure = onlyFailure(loader(Optional.empty()).load(UNRECOGNISED));

        assertThat(failure.problem()).isEmpty();
        assertThat(failure.message()).isEqualTo("cannot tell the format of " + UNRECOGNISED
                + "; pass --format with one of: "
                + String.join(", ", InstanceFormats.all().stream().map(InstanceFormat::name).toList()));
    }

    @Test
    void offersOnlyTheFormatsOfTheProblemOnTheCommandLine() {
        LoadFailure failure = onlyFailure(loader(Optional.of(JobShopProblem.TYPE)).load(UNRECOGNISED));

        assertThat(failure.problem()).isEqualTo("jobshop");
        assertThat(failure.message()).isEqualTo("cannot tell the format of " + UNRECOGNISED
                + "; pass --format with one of: jsplib, taillard");
    }

    @Test
    void saysWhichProblemAFileOfAnotherProblemHolds() {
        Path jobShop = TestData.cli("batch", "two-jobs.txt");

        LoadFailure failure = onlyFailure(loader(Optional.of(RcpspProblem.TYPE)).load(jobShop));

        assertThat(failure.message()).startsWith(jobShop + " looks like jsplib (jobshop), not rcpsp; pass --format "
                + "with one of: ").contains("psplib");
    }

    @Test
    void putsTheFileAndThePositionInAParseError() {
        Path malformed = TestData.cli("batch", "malformed.txt");

        InstanceLoader jsplib = new InstanceLoader(Optional.empty(), InstanceFormats.byName("jsplib"), NO_BOUNDS);

        LoadFailure failure = onlyFailure(jsplib.load(malformed));

        assertThat(failure.message()).startsWith(malformed + ":3:").contains("x");
    }

    private static InstanceLoader loader(Optional<ProblemType<?, ?>> problem) {
        return new InstanceLoader(problem, Optional.empty(), NO_BOUNDS);
    }

    private static LoadFailure onlyFailure(List<BatchEntry> entries) {
        assertThat(entries).singleElement().isInstanceOf(LoadFailure.class);
        return (LoadFailure) entries.getFirst();
    }
}
