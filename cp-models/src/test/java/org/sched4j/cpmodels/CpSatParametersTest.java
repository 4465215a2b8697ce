package org.sched4j.cpmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sched4j.api.SolveOptions;

class CpSatParametersTest {

    private static final SatParameters NONE = SatParameters.getDefaultInstance();

    private static SolveOptions options(Map<String, String> parameters) {
        return new SolveOptions(Duration.ofSeconds(10), 7, 2, true, parameters);
    }

    @Test
    void mapsTheBudgetThreadsSeedAndLog() {
        SatParameters parameters = CpSatParameters.translate(options(Map.of()), Duration.ofMillis(2500), NONE);

        assertThat(parameters.getMaxTimeInSeconds()).isEqualTo(2.5);
        assertThat(parameters.getNumWorkers()).isEqualTo(2);
        assertThat(parameters.getRandomSeed()).isEqualTo(7);
        assertThat(parameters.getLogSearchProgress()).isTrue();
        assertThat(parameters.getLogToStdout()).isFalse();
    }

    @Test
    void keepsTunedParametersTheOptionsDoNotSet() {
        SatParameters tuned = SatParameters.newBuilder().setUseLnsOnly(true).setNumWorkers(8).build();

        SatParameters parameters = CpSatParameters.translate(options(Map.of()), Duration.ofSeconds(1), tuned);

        assertThat(parameters.getUseLnsOnly()).isTrue();
        assertThat(parameters.getNumWorkers()).isEqualTo(2);
    }

    @Test
    void letsPrefixedParametersOverrideTheTunedOnesAndTheOptions() {
        SatParameters tuned = SatParameters.newBuilder().setUseLnsOnly(true).build();
        Map<String, String> free = Map.of("cpsat.use-lns-only", "false", "cpsat.max-time-in-seconds", "3",
                "cpsat.linearization-level", "2");

        SatParameters parameters = CpSatParameters.translate(options(free), Duration.ofSeconds(1), tuned);

        assertThat(parameters.getUseLnsOnly()).isFalse();
        assertThat(parameters.getMaxTimeInSeconds()).isEqualTo(3.0);
        assertThat(parameters.getLinearizationLevel()).isEqualTo(2);
    }

    @Test
    void acceptsOrToolsOwnSpellingOfAFieldWithUnderscores() {
        Map<String, String> free = Map.of("cpsat.linearization_level", "0", "cpsat.use_lns_only", "true");

        SatParameters parameters = CpSatParameters.translate(options(free), Duration.ofSeconds(1), NONE);

        assertThat(parameters.getLinearizationLevel()).isZero();
        assertThat(parameters.getUseLnsOnly()).isTrue();
    }

    @Test
    void readsRepeatedFieldsAsCommaSeparatedValuesAndEnumsByName() {
        Map<String, String> free = Map.of("cpsat.subsolvers", "default_lp, fixed",
                "cpsat.search-branching", "FIXED_SEARCH");

        SatParameters parameters = CpSatParameters.translate(options(free), Duration.ofSeconds(1), NONE);

        assertThat(parameters.getSubsolversList()).containsExactly("default_lp", "fixed");
        assertThat(parameters.getSearchBranching()).isEqualTo(SatParameters.SearchBranching.FIXED_SEARCH);
    }

    @Test
    void ignoresParametersOfOtherEngines() {
        SatParameters parameters = CpSatParameters.translate(options(Map.of("timefold.moves", "7")),
                Duration.ofSeconds(1), NONE);

        assertThat(parameters).isEqualTo(CpSatParameters.translate(options(Map.of()), Duration.ofSeconds(1), NONE));
    }

    @Test
    void rejectsAnUnknownParameterNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CpSatParameters.translate(options(Map.of("cpsat.use_magic", "true")),
                        Duration.ofSeconds(1), NONE))
                .withMessageContaining("cpsat.use_magic");
    }

    @Test
    void rejectsAMalformedValueNamingTheKeyAndTheValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CpSatParameters.translate(options(Map.of("cpsat.num_workers", "many")),
                        Duration.ofSeconds(1), NONE))
                .withMessageContaining("cpsat.num_workers")
                .withMessageContaining("many");
    }

    @Test
    void passesAtLeastOneMillisecondSoThatASpentBudgetStopsAtOnce() {
        SatParameters parameters = CpSatParameters.translate(options(Map.of()), Duration.ZERO, NONE);

        assertThat(parameters.getMaxTimeInSeconds()).isEqualTo(0.001);
    }

    @Test
    void foldsSeedsIntoCpSatsNonNegativeIntegerRange() {
        assertThat(CpSatParameters.seed(42)).isEqualTo(42);
        assertThat(CpSatParameters.seed(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(CpSatParameters.seed(-1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(CpSatParameters.seed(1L << 31)).isZero();
    }
}
