package org.sched4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultCsvTest {

    @ParameterizedTest
    @CsvSource({"1231, 1231", "-3, -3", "0, 0", "2.5, 2.5", "0.1, 0.1", "1e3, 1000"})
    void writesIntegersWithoutDecimals(double value, String text) {
        assertThat(ResultCsv.number(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"1.867, 2, 1.87", "0, 2, 0.00", "-0.001, 2, 0.00", "-1.5, 2, -1.50", "4.9451, 3, 4.945"})
    void writesFixedDecimalsWithoutNegativeZero(double value, int decimals, String text) {
        assertThat(ResultCsv.fixed(value, decimals)).isEqualTo(text);
    }

    @Test
    void writesUnknownNumbersAsEmptyCells() {
        StringBuilder csv = new StringBuilder();
        ResultCsv writer = new ResultCsv(csv);

        writer.write(ResultRow.error("bad, \"file\"", "", "mwkr", "cannot read"));

        assertThat(csv.toString()).isEqualTo(String.join(",", ResultRow.HEADER) + "\n"
                + "\"bad, \"\"file\"\"\",,mwkr,ERROR,,,,,false,\n");
    }

    @Test
    void keepsTheHeaderOfTheCommandLineContract() {
        assertThat(String.join(",", ResultRow.HEADER)).isEqualTo(
                "instance,problem,solver,status,objective,lower_bound,best_known,gap_percent,valid,time_seconds");
        assertThat(ResultRow.HEADER).isEqualTo(List.copyOf(ResultRow.HEADER));
    }
}
