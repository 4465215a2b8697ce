package org.sched4j.ising.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The committed PTX is the kernel's: it holds the kernel, and where nvcc is installed it equals a fresh compile. */
class IsingPtxUpToDateTest {

    private static final Path SOURCE = Path.of("src", "main", "cuda", "ising_anneal.cu");

    @Test
    void theShippedPtxHoldsTheKernel() {
        assertThat(CudaIsingAnnealer.ptx()).contains(".visible .entry " + CudaIsingAnnealer.KERNEL + "(");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theShippedPtxIsUpToDateWithTheCudaSource(@TempDir Path folder) throws IOException, InterruptedException {
        Optional<Path> nvcc = nvcc();
        assumeTrue(nvcc.isPresent(), "nvcc is not installed; the PTX cannot be checked");
        assumeTrue(Files.exists(SOURCE), "run from the ising-gpu module folder");
        Path fresh = folder.resolve("fresh.ptx");

        Process process = new ProcessBuilder(nvcc.get().toString(), "--ptx", "-arch=compute_75", "-o",
                fresh.toString(), SOURCE.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).as("nvcc output: %s", output).isZero();
        assertThat(CudaIsingAnnealer.ptx()).as("the committed PTX differs from nvcc's; rebuild with the nvcc profile "
                + "and commit src/main/resources/org/sched4j/ising/cuda/ising_anneal.ptx").isEqualTo(
                Files.readString(fresh));
    }

    private static Optional<Path> nvcc() {
        List<Path> candidates = Stream.concat(
                Stream.of(System.getenv("CUDA_HOME"), "/usr/local/cuda").filter(home -> home != null)
                        .map(home -> Path.of(home, "bin", "nvcc")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(dir -> !dir.isBlank())
                        .map(dir -> Path.of(dir, "nvcc"))).toList();
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
