package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void padsColumnsAlignsNumbersAndRulesTheHeader() {
        TextTable table = new TextTable("lr|r", List.of(List.of("size", "n", "", "gap")));
        table.add(List.of("15x15", "10", "", "1.50%")).add(List.of("100x20", "5", "", "-"));

        assertThat(table.render()).isEqualTo("""
                size     n  |    gap
                ------  --  |  -----
                15x15   10  |  1.50%
                100x20   5  |      -
                """);
    }
}
