package org.sched4j.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceSelectionTest {

    private static final List<String> NAMES = List.of("ta01", "ta09", "ta41", "ta42", "ta43", "la01", "la10");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "ta41,ta42; ta41 ta42",
        "ta4*; ta41 ta42 ta43",
        "ta0?, la1*; ta01 ta09 la10",
        "ta4[12]; ta41 ta42",
        "ta(41|43); ta41 ta43",
        "la0[1-5]; la01",
        "ta.*1; ta01 ta41",
        "ta4[; ''"})
    void selectsByNameGlobOrRegularExpression(String only, String selected) {
        InstanceSelection selection = InstanceSelection.parse(only);

        assertThat(NAMES.stream().filter(selection).toList())
                .containsExactlyElementsOf(selected.isEmpty() ? List.of() : List.of(selected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({"ta01", "la10"})
    void selectsEverythingWithoutOnly(String name) {
        assertThat(InstanceSelection.parse(null).test(name)).isTrue();
    }
}
