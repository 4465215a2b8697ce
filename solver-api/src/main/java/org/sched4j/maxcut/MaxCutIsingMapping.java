package org.sched4j.maxcut;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact correspondence between max-cut and Ising models.
 *
 * <p><b>Max-cut to Ising:</b> {@code J_ij = −w_ij}, no fields, constant 0, so that {@code H(s) = Σ_{i<j} w_ij s_i s_j}
 * and the weight of the cut of {@code s} is {@code (W − H(s)) / 2} with {@code W} the total weight: minimising the
 * energy maximises the cut.
 *
 * <p><b>Ising to max-cut:</b> for integral couplings and fields, {@code w_ij = −J_ij}; when any field is non-zero an
 * extra vertex {@code n} (the reference spin, fixed to {@code +1} by symmetry) joins every spin {@code i} with weight
 * {@code −h_i}. Then {@code H(s) = constant + W − 2 cut}, with the spins read relative to the reference vertex.
 */
public final class MaxCutIsingMapping {

    private MaxCutIsingMapping() {
    }

    /** The Ising model of {@code instance}: {@code J = −w}, {@code h = 0}. */
    public static IsingModel toIsing(MaxCutInstance instance) {
        IsingModel.Builder ising = IsingModel.builder(instance.vertexCount());
        for (int e = 0; e < instance.edgeCount(); e++) {
            ising.addCoupling(instance.edgeFrom(e), instance.edgeTo(e), -instance.edgeWeight(e));
        }
        return ising.build();
    }

    /** The cut weight of spins whose energy in {@link #toIsing}'s model is {@code energy}: {@code (W − H) / 2}. */
    public static double cutWeightOfEnergy(MaxCutInstance instance, double energy) {
        return (instance.totalWeight() - energy) / 2;
    }

    /**
     * The max-cut instance of {@code ising}, named {@code name}, with the reference vertex {@code n} when a field is
     * non-zero.
     *
     * @throws IllegalArgumentException when a coupling or field is not an integer in the {@code int} range
     */
    public static MaxCutInstance fromIsing(IsingModel ising, String name) {
        int n = ising.spinCount();
        boolean reference = hasFields(ising);
        List<int[]> edges = new ArrayList<>();
        int[] offsets = ising.couplingOffsets();
        int[] neighbours = ising.couplingNeighbours();
        double[] couplings = ising.couplingValues();
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (neighbours[k] > i) {
                    edges.add(new int[] {i, neighbours[k], integral(-couplings[k], "coupling (" + i + ","
                            + neighbours[k] + ")")});
                }
            }
            if (reference && ising.field(i) != 0) {
                edges.add(new int[] {i, n, integral(-ising.field(i), "field " + i)});
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        int[] weight = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = edges.get(e)[0];
            to[e] = edges.get(e)[1];
            weight[e] = edges.get(e)[2];
        }
        return MaxCutInstance.of(name, reference ? n + 1 : n, from, to, weight);
    }

    /**
     * The spins of a cut of {@link #fromIsing}'s instance: with a reference vertex, spin {@code i} is {@code +1} when
     * vertex {@code i} lies on the reference vertex's side; without one, the cut's own spins.
     */
    public static byte[] spinsOfCut(IsingModel ising, Cut cut) {
        byte[] spins = new byte[ising.spinCount()];
        boolean flip = cut.vertexCount() > ising.spinCount() && !cut.side(ising.spinCount());
        for (int i = 0; i < spins.length; i++) {
            spins[i] = (cut.side(i) != flip) ? (byte) 1 : (byte) -1;
        }
        return spins;
    }

    private static boolean hasFields(IsingModel ising) {
        for (int i = 0; i < ising.spinCount(); i++) {
            if (ising.field(i) != 0) {
                return true;
            }
        }
        return false;
    }

    private static int integral(double value, String what) {
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("max-cut needs integral weights, but " + what + " is " + (-value));
        }
        return (int) value;
    }
}
