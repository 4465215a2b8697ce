package org.sched4j.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThroughputTableTest {

    private static final ThroughputTable.Rate ONE_THREAD = new ThroughputTable.Rate(2.0e7, 9_000);
    private static final ThroughputTable.Rate ALL_THREADS = new ThroughputTable.Rate(2.5e8, 9_100);

    @Test
    void dividesTheGpuRateByEachCpuRate() {
        ThroughputTable.Rate gpu = new ThroughputTable.Rate(4.0e10, 9_200);
        String row = new ThroughputTable(16).row("torus-100x100", 10_000, 20_000, ONE_THREAD, ALL_THREADS,
                Optional.of(gpu));

        assertThat(ThroughputTable.speedUp(Optional.of(gpu), ONE_THREAD)).isEqualTo(2000.0);
        assertThat(row).startsWith("torus-100x100").contains("2.00e+07", "9000", "4.00e+10", "9200", "2000x", "160x");
    }

    @Test
    void showsAMissingGpuAsADash() {
        ThroughputTable table = new ThroughputTable(2);
        String row = table.row("g", 10, 15, ONE_THREAD, ALL_THREADS, Optional.empty());

        assertThat(ThroughputTable.speedUp(Optional.empty(), ONE_THREAD)).isNaN();
        assertThat(row).endsWith("|          -        - |         -         -");
        assertThat(table.header()).contains("1 CPU thread", "2 CPU threads", "GPU / CPU");
    }
}
