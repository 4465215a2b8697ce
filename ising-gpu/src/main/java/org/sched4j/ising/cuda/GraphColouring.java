package org.sched4j.ising.cuda;

import java.util.Arrays;
import org.sched4j.maxcut.IsingModel;

/**
 * A proper colouring of the coupling graph (no two coupled spins share a colour), as colour classes: the spins of
 * colour {@code c} are {@code vertices[offsets[c] .. offsets[c+1]-1]}. Greedy in order of decreasing degree (Welsh and
 * Powell, "An upper bound for the chromatic number of a graph", Comput. J. 10, 1967): at most one more colour than the
 * largest degree.
 *
 * @param offsets  the start of each colour class, length {@code colours + 1}
 * @param vertices the spins grouped by colour
 */
record GraphColouring(int[] offsets, int[] vertices) {

    /** The colouring of {@code model}'s couplings. */
    static GraphColouring of(IsingModel model) {
        int n = model.spinCount();
        int[] rowOffsets = model.couplingOffsets();
        int[] neighbours = model.couplingNeighbours();
        long[] byDegree = new long[n];
        for (int v = 0; v < n; v++) {
            byDegree[v] = ((long) (Integer.MAX_VALUE - (rowOffsets[v + 1] - rowOffsets[v])) << 32) | v;
        }
        Arrays.sort(byDegree);
        int[] colour = new int[n];
        Arrays.fill(colour, -1);
        int[] usedBy = new int[n + 1];
        Arrays.fill(usedBy, -1);
        int colours = 0;
        for (long entry : byDegree) {
            int v = (int) entry;
            for (int k = rowOffsets[v]; k < rowOffsets[v + 1]; k++) {
                if (colour[neighbours[k]] >= 0) {
                    usedBy[colour[neighbours[k]]] = v;
                }
            }
            int c = 0;
            while (usedBy[c] == v) {
                c++;
            }
            colour[v] = c;
            colours = Math.max(colours, c + 1);
        }
        return classes(colour, colours);
    }

    private static GraphColouring classes(int[] colour, int colours) {
        int[] offsets = new int[colours + 1];
        for (int c : colour) {
            offsets[c + 1]++;
        }
        for (int c = 0; c < colours; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] next = Arrays.copyOf(offsets, colours);
        int[] vertices = new int[colour.length];
        for (int v = 0; v < colour.length; v++) {
            vertices[next[colour[v]]++] = v;
        }
        return new GraphColouring(offsets, vertices);
    }

    /** The size of the largest colour class, 0 without spins. */
    int largestClass() {
        int largest = 0;
        for (int c = 0; c < colourCount(); c++) {
            largest = Math.max(largest, offsets[c + 1] - offsets[c]);
        }
        return largest;
    }

    /** The number of colours. */
    int colourCount() {
        return offsets.length - 1;
    }
}
