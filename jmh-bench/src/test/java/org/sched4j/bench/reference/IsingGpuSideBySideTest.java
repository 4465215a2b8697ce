package org.sched4j.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutIsingMapping;
import picocli.CommandLine;

class IsingGpuSideBySideTest {

    @Test
    void generatesGraphsOfAtLeastTenThousandVertices() {
        assertThat(IsingGpuSideBySide.graphs(1)).extracting(MaxCutInstance::vertexCount)
                .containsExactly(10_000, 40_000, 10_648, 20_000);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void measuresTheCpuRatesAndLeavesTheGpuColumnsEmptyWithoutOne() {
        IsingGpuSideBySide harness = new IsingGpuSideBySide(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        new CommandLine(harness).parseArgs("--sweeps", "20", "--threads", "2");
        MaxCutInstance grid = MaxCutGenerators.toroidalGrid("torus-10x10", 10, 10, 1);

        ThroughputTable.Rate rate = harness.cpu(grid, MaxCutIsingMapping.toIsing(grid), 2, 20);
        String row = harness.row(new ThroughputTable(2), grid, Optional.empty());

        assertThat(rate.spinUpdatesPerSecond()).isPositive();
        assertThat(rate.cut()).isPositive().isLessThanOrEqualTo(grid.edgeCount());
        assertThat(row).startsWith("torus-10x10").contains(" 100 ", " 200 ").endsWith("-         -");
    }
}
