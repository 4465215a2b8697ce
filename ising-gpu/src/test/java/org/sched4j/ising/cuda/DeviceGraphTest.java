package org.sched4j.ising.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sched4j.ising.SmallGraphs;
import org.sched4j.maxcut.IsingModel;
import org.sched4j.maxcut.MaxCutIsingMapping;

/** The kernel's layout of the couplings holds every coupling once, in slots that keep the colour classes apart. */
class DeviceGraphTest {

    private static final IsingModel MODEL = MaxCutIsingMapping.toIsing(SmallGraphs.random(150, 0.1, 7));
    private static final GraphColouring COLOURING = GraphColouring.of(MODEL);
    private static final DeviceGraph GRAPH = DeviceGraph.of(MODEL, COLOURING);

    @Test
    void everySlotHoldsItsSpinsCouplingsAndField() {
        int[] slotOf = new int[MODEL.spinCount()];
        for (int k = 0; k < slotOf.length; k++) {
            slotOf[GRAPH.vertexOfSlot()[k]] = k;
        }
        for (int v = 0; v < MODEL.spinCount(); v++) {
            int k = slotOf[v];
            int first = MODEL.couplingOffsets()[v];
            assertThat(GRAPH.degrees()[k]).isEqualTo(MODEL.couplingOffsets()[v + 1] - first);
            assertThat(GRAPH.fields()[k]).isEqualTo((float) MODEL.fields()[v]);
            for (int j = 0; j < GRAPH.degrees()[k]; j++) {
                int entry = GRAPH.rowStarts()[k] + DeviceGraph.SLICE * j;
                assertThat(GRAPH.vertexOfSlot()[GRAPH.neighbours()[entry]])
                        .isEqualTo(MODEL.couplingNeighbours()[first + j]);
                assertThat(GRAPH.couplings()[entry]).isEqualTo((float) MODEL.couplingValues()[first + j]);
            }
        }
    }

    @Test
    void eachColourClassIsOneRangeOfSlotsByDecreasingDegreeWithoutCouplingsInside() {
        for (int c = 0; c < GRAPH.colourCount(); c++) {
            int first = GRAPH.classOffsets()[c];
            int end = GRAPH.classOffsets()[c + 1];
            for (int k = first; k < end; k++) {
                assertThat(k == first || GRAPH.degrees()[k - 1] >= GRAPH.degrees()[k]).isTrue();
                for (int j = 0; j < GRAPH.degrees()[k]; j++) {
                    int neighbour = GRAPH.neighbours()[GRAPH.rowStarts()[k] + DeviceGraph.SLICE * j];
                    assertThat(neighbour < first || neighbour >= end).as("slot %d's neighbour %d", k, neighbour)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void givesSpinsBackInTheModelsOrder() {
        byte[] slotSpins = new byte[MODEL.spinCount()];
        for (int k = 0; k < slotSpins.length; k++) {
            slotSpins[k] = (byte) (GRAPH.vertexOfSlot()[k] % 3 == 0 ? 1 : -1);
        }

        byte[] spins = GRAPH.modelSpins(slotSpins);

        for (int v = 0; v < spins.length; v++) {
            assertThat(spins[v]).isEqualTo((byte) (v % 3 == 0 ? 1 : -1));
        }
    }

    @Test
    void plansWholeWarpsUpToTheLaunchBoundAndSharedMemoryOnlyWhereTheSpinsFit() {
        assertThat(KernelLaunch.threadsFor(1)).isEqualTo(32);
        assertThat(KernelLaunch.threadsFor(33)).isEqualTo(64);
        assertThat(KernelLaunch.threadsFor(20_000)).isEqualTo(KernelLaunch.MAX_THREADS_PER_BLOCK);
        assertThat(KernelLaunch.sharedBytesFor(40_000, 232_448)).isEqualTo(40_000);
        assertThat(KernelLaunch.sharedBytesFor(300_000, 232_448)).isZero();
        assertThat(KernelLaunch.defaultReplicas(132, 5)).isEqualTo(660);
        assertThat(KernelLaunch.defaultReplicas(132, 32)).isEqualTo(132 * 8);
        assertThat(KernelLaunch.defaultReplicas(132, 0)).isEqualTo(132);
    }
}
