package org.sched4j.ising.cuda;

import java.util.Arrays;
import org.sched4j.maxcut.IsingModel;

/**
 * The coupling graph as the kernel reads it. The spins are renumbered into slots so that each colour class of the
 * {@link GraphColouring} is one range of slots, in order of decreasing degree within the class (then by spin). The
 * couplings are stored in sliced ELLPACK form (Monakov, Lokhmotov and Avetisyan, "Automatically tuning sparse
 * matrix-vector multiplication for GPU architectures", HiPEAC 2010): each run of {@value #SLICE} consecutive slots of a
 * class is a slice as wide as its largest degree, and the {@code j}-th coupling of slot {@code k} is at
 * {@code rowStarts[k] + SLICE · j}. A warp's threads, which update consecutive slots, thus read consecutive words, and
 * sorting by degree keeps the padding and the threads' different loop lengths small.
 *
 * @param classOffsets the first slot of each colour class, length {@code colours + 1}
 * @param vertexOfSlot the model's spin in each slot
 * @param rowStarts    where each slot's first coupling is in {@code neighbours} and {@code couplings}
 * @param degrees      the number of couplings of each slot
 * @param neighbours   the slot of each coupling's other spin (padding holds 0)
 * @param couplings    each coupling's value (padding holds 0)
 * @param fields       the field of each slot
 */
record DeviceGraph(int[] classOffsets, int[] vertexOfSlot, int[] rowStarts, int[] degrees, int[] neighbours,
                   float[] couplings, float[] fields) {

    /** The slice height; the kernel's {@code SLICE} must be the same. */
    static final int SLICE = 32;

    /** The layout of {@code model} coloured by {@code colouring}. */
    static DeviceGraph of(IsingModel model, GraphColouring colouring) {
        int[] offsets = model.couplingOffsets();
        int[] modelNeighbours = model.couplingNeighbours();
        double[] modelCouplings = model.couplingValues();
        double[] modelFields = model.fields();
        int[] vertexOfSlot = slotOrder(offsets, colouring);
        int n = vertexOfSlot.length;
        int[] slotOfVertex = new int[n];
        int[] degrees = new int[n];
        float[] fields = new float[n];
        for (int k = 0; k < n; k++) {
            int v = vertexOfSlot[k];
            slotOfVertex[v] = k;
            degrees[k] = offsets[v + 1] - offsets[v];
            fields[k] = (float) modelFields[v];
        }
        int[] rowStarts = new int[n];
        int size = sliceStarts(colouring.offsets(), degrees, rowStarts);
        int[] neighbours = new int[size];
        float[] couplings = new float[size];
        for (int k = 0; k < n; k++) {
            int first = offsets[vertexOfSlot[k]];
            for (int j = 0; j < degrees[k]; j++) {
                neighbours[rowStarts[k] + SLICE * j] = slotOfVertex[modelNeighbours[first + j]];
                couplings[rowStarts[k] + SLICE * j] = (float) modelCouplings[first + j];
            }
        }
        return new DeviceGraph(colouring.offsets(), vertexOfSlot, rowStarts, degrees, neighbours, couplings, fields);
    }

    /** The spins in slot order: colour by colour, each class by decreasing degree, then by spin. */
    private static int[] slotOrder(int[] offsets, GraphColouring colouring) {
        int[] classes = colouring.offsets();
        int[] order = new int[colouring.vertices().length];
        for (int c = 0; c < colouring.colourCount(); c++) {
            long[] byDegree = new long[classes[c + 1] - classes[c]];
            for (int k = 0; k < byDegree.length; k++) {
                int v = colouring.vertices()[classes[c] + k];
                byDegree[k] = ((long) (Integer.MAX_VALUE - (offsets[v + 1] - offsets[v])) << 32) | v;
            }
            Arrays.sort(byDegree);
            for (int k = 0; k < byDegree.length; k++) {
                order[classes[c] + k] = (int) byDegree[k];
            }
        }
        return order;
    }

    /**
     * Fills {@code rowStarts} slice by slice (slices start at each class's first slot and never cross a class) and
     * returns the number of entries of the layout.
     */
    private static int sliceStarts(int[] classOffsets, int[] degrees, int[] rowStarts) {
        long size = 0;
        for (int c = 0; c + 1 < classOffsets.length; c++) {
            for (int first = classOffsets[c]; first < classOffsets[c + 1]; first += SLICE) {
                int end = Math.min(first + SLICE, classOffsets[c + 1]);
                for (int k = first; k < end; k++) {
                    rowStarts[k] = Math.toIntExact(size + k - first);
                }
                size += (long) SLICE * degrees[first];
            }
        }
        if (size > Integer.MAX_VALUE) {
            throw new CudaException("the coupling graph is too large for the GPU layout: " + size + " entries");
        }
        return (int) size;
    }

    /** The spins of one replica in the model's order, from {@code slotSpins} in slot order. */
    byte[] modelSpins(byte[] slotSpins) {
        byte[] spins = new byte[slotSpins.length];
        for (int k = 0; k < slotSpins.length; k++) {
            spins[vertexOfSlot[k]] = slotSpins[k];
        }
        return spins;
    }

    /** The number of colour classes. */
    int colourCount() {
        return classOffsets.length - 1;
    }
}
