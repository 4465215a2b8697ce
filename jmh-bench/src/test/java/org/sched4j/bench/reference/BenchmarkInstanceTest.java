package org.sched4j.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkInstanceTest {

    @Test
    void expandsATaillardRangeWithTheBestKnownMakespans() {
        List<BenchmarkInstance> instances = BenchmarkInstance.resolveAll(List.of("ta41-ta43", "ta01"), Optional.empty());

        assertThat(instances).extracting(BenchmarkInstance::name).containsExactly("ta41", "ta42", "ta43", "ta01");
        assertThat(instances.getFirst().bestKnown()).isEqualTo(2005);
        assertThat(instances.getFirst().instance().jobCount()).isEqualTo(30);
        assertThat(instances.getFirst().instance().machineCount()).isEqualTo(20);
    }

    @Test
    void rejectsABackwardsRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchmarkInstance.resolveAll(List.of("ta50..ta41"), Optional.empty()))
                .withMessageContaining("ta50-ta41");
    }

    @Test
    void readsAJsplibFileWithItsBestKnownMakespanFromTheTableBesideIt(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("tiny.txt"), "2 2\n0 3 1 2\n1 4 0 1\n");
        Files.writeString(folder.resolve("bks.csv"), "instance,upper_bound\ntiny,7\n");

        BenchmarkInstance tiny = BenchmarkInstance.resolveAll(List.of(file.toString()), Optional.empty()).getFirst();

        assertThat(tiny.name()).isEqualTo("tiny");
        assertThat(tiny.instance().operationCount()).isEqualTo(4);
        assertThat(tiny.bestKnown()).isEqualTo(7);
    }

    @Test
    void leavesTheBestKnownMakespanUnknownWithoutATable(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("tiny.txt"), "1 1\n0 3\n");

        BenchmarkInstance tiny = BenchmarkInstance.resolveAll(List.of(file.toString()), Optional.empty()).getFirst();

        assertThat(tiny.bestKnown()).isNaN();
    }
}
