package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"10s, 10000", "500ms, 500", "2m, 120000", "2min, 120000", "1h, 3600000", "1.5s, 1500", "30, 30000",
        "0.25, 250", "PT3S, 3000", "' 7 s ', 7000"})
    void readsDurationsWithAndWithoutUnits(String text, long millis) {
        assertThat(converter.convert(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0s", "soon", "-5s", "10 parsecs", ""})
    void rejectsWhatIsNotAPositiveDuration(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class);
    }

    @ParameterizedTest
    @CsvSource({"10000, 10 s", "500, 500 ms", "120000, 2 min", "1500, 1.5 s"})
    void writesDurationsAsItReadsThem(long millis, String text) {
        assertThat(DurationConverter.format(Duration.ofMillis(millis))).isEqualTo(text);
        assertThat(converter.convert(text.replace(" ", ""))).isEqualTo(Duration.ofMillis(millis));
    }
}
