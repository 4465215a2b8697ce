package org.sched4j.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopInstance;

class SideBySideTableTest {

    private static final JobShopInstance TINY = JobShopInstance.of("tiny", 1, new int[][] {{0}}, new int[][] {{5}});

    @Test
    void averagesTheGapsOfValidResultsAndComparesTheLastSolverWithTheFirst() {
        SideBySideTable table = new SideBySideTable(List.of("textbook", "auto"));
        table.row(new BenchmarkInstance("a", TINY, 100),
                List.of(new SideBySideTable.Cell("FEASIBLE", 110, 90, true, 1.0),
                        new SideBySideTable.Cell("FEASIBLE", 104, 90, true, 1.0)));
        String row = table.row(new BenchmarkInstance("b", TINY, 200),
                List.of(new SideBySideTable.Cell("FEASIBLE", 220, 180, true, 1.0),
                        new SideBySideTable.Cell("ERROR", Double.NaN, Double.NaN, false, 1.0)));

        assertThat(row).contains("220", "10.00", "ERROR");
        assertThat(table.footer()).contains("10.00", "4.00", "(2)", "(1)")
                .contains("mean gap of auto / mean gap of textbook: 0.40");
    }
}
