package org.sched4j.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.api.ObjectiveSense;

class SideBySideTableTest {

    @Test
    void averagesTheGapsOfValidResultsAndComparesTheLastSolverWithTheFirst() {
        SideBySideTable table = new SideBySideTable(List.of("textbook", "auto"), ObjectiveSense.MINIMIZE, "makespan");
        table.row("a", 100,
                List.of(new SideBySideTable.Cell("FEASIBLE", 110, 90, true, 1.0),
                        new SideBySideTable.Cell("FEASIBLE", 104, 90, true, 1.0)));
        String row = table.row("b", 200,
                List.of(new SideBySideTable.Cell("FEASIBLE", 220, 180, true, 1.0),
                        new SideBySideTable.Cell("ERROR", Double.NaN, Double.NaN, false, 1.0)));

        assertThat(row).contains("220", "10.00", "ERROR");
        assertThat(table.footer()).contains("10.00", "4.00", "(2)", "(1)")
                .contains("mean gap of auto / mean gap of textbook: 0.40");
    }

    @Test
    void measuresMaximisationGapsFromBelowAndLeavesOutTheRatioForOneSolver() {
        SideBySideTable table = new SideBySideTable(List.of("ising"), ObjectiveSense.MAXIMIZE, "cut");
        String row = table.row("G1", 11624, List.of(new SideBySideTable.Cell("FEASIBLE", 11508, Double.NaN, true,
                1.0)));

        assertThat(table.header()).contains("cut");
        assertThat(row).contains("11508", "1.00");
        assertThat(table.footer()).contains("1.00", "(1)").doesNotContain("/");
    }
}
