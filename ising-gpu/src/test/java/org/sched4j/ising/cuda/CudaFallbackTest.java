package org.sched4j.ising.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sched4j.api.SolveOptions;
import org.sched4j.ising.IsingSolverProvider;
import org.sched4j.ising.SmallGraphs;
import org.sched4j.maxcut.MaxCutInstance;

/** What happens without a GPU: every failure becomes a reason (the portfolio's {@code ising} then anneals on the CPU). */
class CudaFallbackTest {

    @Test
    void aMissingDriverLibraryIsAReasonNamingTheLibrary() {
        assertThatThrownBy(() -> CudaDriver.load("libcuda-that-does-not-exist.so.1"))
                .isInstanceOf(CudaException.class)
                .hasMessageStartingWith("libcuda-that-does-not-exist.so.1 not found (no NVIDIA driver on this machine?)");
    }

    @Test
    void aLibraryWithoutTheDriverCallsIsAReasonNamingTheMissingCall() {
        assertThatThrownBy(() -> CudaDriver.load("libc.so.6"))
                .isInstanceOf(CudaException.class)
                .hasMessage("libc.so.6 has no function cuInit: it is not the CUDA driver library, or the driver is too old");
    }

    @Test
    void driverResultsAreNamed() {
        assertThat(CudaResultNames.nameOf(100)).isEqualTo("CUDA_ERROR_NO_DEVICE");
        assertThat(CudaResultNames.nameOf(218)).isEqualTo("CUDA_ERROR_INVALID_PTX");
        assertThat(CudaResultNames.nameOf(12345)).isEqualTo("CUresult 12345");
    }

    @Test
    void withoutAGpuTheAvailabilityGivesTheReason() {
        assumeTrue(CudaAvailability.driver().isEmpty(), "a GPU is present; the fallback is not exercised");

        assertThat(CudaAvailability.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        assertThatThrownBy(() -> new IsingCudaSolver().solve(SmallGraphs.random(8, 0.5, 1),
                SolveOptions.withTimeLimit(Duration.ofSeconds(1))))
                .isInstanceOf(CudaException.class)
                .hasMessageStartingWith("ising-cuda: no usable GPU: ");
    }

    @Test
    void warmingUpWithoutAGpuIsSilent() {
        assumeTrue(CudaAvailability.driver().isEmpty(), "a GPU is present; the fallback is not exercised");

        assertThatCode(() -> new IsingSolverProvider().warmUp()).doesNotThrowAnyException();
        assertThat(CudaAvailability.unavailableReason()).isPresent();
    }

    /** Zero-weight edges are no couplings, so their ends may share a colour. */
    @Test
    void theColouringIsProper() {
        MaxCutInstance graph = SmallGraphs.random(60, 0.2, 4);
        GraphColouring colouring = GraphColouring.of(org.sched4j.maxcut.MaxCutIsingMapping.toIsing(graph));
        int[] colour = new int[60];
        for (int c = 0; c < colouring.colourCount(); c++) {
            for (int k = colouring.offsets()[c]; k < colouring.offsets()[c + 1]; k++) {
                colour[colouring.vertices()[k]] = c;
            }
        }

        assertThat(colouring.vertices()).hasSize(60).doesNotHaveDuplicates();
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.edgeWeight(e) == 0) {
                continue;
            }
            assertThat(colour[graph.edgeFrom(e)]).isNotEqualTo(colour[graph.edgeTo(e)]);
        }
    }
}
