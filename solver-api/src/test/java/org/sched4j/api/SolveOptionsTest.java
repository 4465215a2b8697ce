package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolveOptionsTest {

    @Test
    void withersChangeOneField() {
        SolveOptions options = SolveOptions.withTimeLimit(Duration.ofMillis(1500)).threads(2).seed(7)
                .parameters(Map.of("cpsat.linearization_level", "2"));

        assertThat(options.timeLimitSeconds()).isEqualTo(1.5);
        assertThat(options.threads()).isEqualTo(2);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.parameter("cpsat.linearization_level", "0")).isEqualTo("2");
        assertThat(options.parameter("missing", "fallback")).isEqualTo("fallback");
    }

    @Test
    void rejectsANonPositiveTimeLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> SolveOptions.withTimeLimit(Duration.ZERO))
                .withMessageContaining("timeLimit must be positive");
    }

    @Test
    void rejectsZeroThreads() {
        assertThatIllegalArgumentException().isThrownBy(() -> SolveOptions.DEFAULT.threads(0))
                .withMessage("threads must be at least 1, got 0");
    }
}
