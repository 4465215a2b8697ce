package org.sched4j.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class JobShopSideBySideTest {

    private final JobShopSideBySide.DurationArgument durations = new JobShopSideBySide.DurationArgument();

    @Test
    void readsTimeLimitsWithAndWithoutUnits() {
        assertThat(durations.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(durations.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(durations.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(durations.convert("1.5")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void rejectsAMalformedTimeLimitQuotingIt() {
        assertThatThrownBy(() -> durations.convert("soon"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("'soon'");
    }

    @Test
    void answersABadInstanceArgumentWithExitCodeTwo() {
        int exitCode = new CommandLine(new JobShopSideBySide()).execute("--time-limit", "1s", "ta99-ta01");

        assertThat(exitCode).isEqualTo(2);
    }
}
