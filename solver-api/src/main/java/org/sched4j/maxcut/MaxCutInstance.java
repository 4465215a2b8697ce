package org.sched4j.maxcut;

import java.util.Arrays;
import java.util.Objects;

/**
 * A max-cut instance: a weighted undirected simple graph on vertices {@code 0 .. n-1}, kept both as its edge list (in
 * the order given, each edge with {@code from < to}) and as a compressed sparse row (CSR) adjacency, in which every
 * edge appears once from each end. Weights are integers of either sign (the Gset graphs use ±1).
 *
 * <p>Immutable; accessors that return arrays return copies. Self-loops, endpoints out of range and repeated edges are
 * rejected with {@link IllegalArgumentException}s that name the edge.
 */
public final class MaxCutInstance {

    private final String name;
    private final int vertexCount;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final int[] edgeWeight;
    private final int[] offsets;
    private final int[] neighbours;
    private final int[] neighbourWeights;

    private MaxCutInstance(String name, int vertexCount, int[] from, int[] to, int[] weight) {
        this.name = Objects.requireNonNull(name, "name");
        if (vertexCount < 1) {
            throw new IllegalArgumentException("vertexCount must be at least 1, got " + vertexCount);
        }
        if (from.length != to.length || from.length != weight.length) {
            throw new IllegalArgumentException("from, to and weight must have the same length, got " + from.length
                    + ", " + to.length + " and " + weight.length);
        }
        this.vertexCount = vertexCount;
        this.edgeFrom = new int[from.length];
        this.edgeTo = new int[from.length];
        this.edgeWeight = weight.clone();
        for (int e = 0; e < from.length; e++) {
            checkEdge(e, from[e], to[e]);
            edgeFrom[e] = Math.min(from[e], to[e]);
            edgeTo[e] = Math.max(from[e], to[e]);
        }
        this.offsets = new int[vertexCount + 1];
        this.neighbours = new int[2 * from.length];
        this.neighbourWeights = new int[2 * from.length];
        buildAdjacency();
    }

    /**
     * An instance with the edges {@code (from[e], to[e])} of weight {@code weight[e]}; the arrays are copied.
     *
     * @throws IllegalArgumentException for fewer than one vertex, arrays of different lengths, a self-loop, an
     *                                  endpoint outside {@code 0 .. vertexCount-1} or an edge given twice
     */
    public static MaxCutInstance of(String name, int vertexCount, int[] from, int[] to, int[] weight) {
        return new MaxCutInstance(name, vertexCount, from, to, weight);
    }

    private void checkEdge(int e, int u, int v) {
        if (u < 0 || u >= vertexCount || v < 0 || v >= vertexCount) {
            throw new IllegalArgumentException("edge " + e + " (" + u + "," + v + ") has an endpoint outside 0.."
                    + (vertexCount - 1));
        }
        if (u == v) {
            throw new IllegalArgumentException("edge " + e + " is a self-loop at vertex " + u);
        }
    }

    private void buildAdjacency() {
        for (int e = 0; e < edgeFrom.length; e++) {
            offsets[edgeFrom[e] + 1]++;
            offsets[edgeTo[e] + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] next = Arrays.copyOf(offsets, vertexCount);
        for (int e = 0; e < edgeFrom.length; e++) {
            place(next, edgeFrom[e], edgeTo[e], edgeWeight[e]);
            place(next, edgeTo[e], edgeFrom[e], edgeWeight[e]);
        }
        for (int v = 0; v < vertexCount; v++) {
            sortAndCheck(v);
        }
    }

    private void place(int[] next, int vertex, int neighbour, int weight) {
        neighbours[next[vertex]] = neighbour;
        neighbourWeights[next[vertex]] = weight;
        next[vertex]++;
    }

    private void sortAndCheck(int v) {
        int start = offsets[v];
        int end = offsets[v + 1];
        long[] packed = new long[end - start];
        for (int k = start; k < end; k++) {
            packed[k - start] = ((long) neighbours[k] << 32) | (neighbourWeights[k] & 0xffffffffL);
        }
        Arrays.sort(packed);
        for (int k = start; k < end; k++) {
            neighbours[k] = (int) (packed[k - start] >>> 32);
            neighbourWeights[k] = (int) packed[k - start];
            if (k > start && neighbours[k] == neighbours[k - 1]) {
                throw new IllegalArgumentException("the edge (" + Math.min(v, neighbours[k]) + ","
                        + Math.max(v, neighbours[k]) + ") is given twice");
            }
        }
    }

    /** The instance's name ({@code G22}), used to match best-known values. */
    public String name() {
        return name;
    }

    /** The number of vertices n; they are numbered {@code 0 .. n-1}. */
    public int vertexCount() {
        return vertexCount;
    }

    /** The number of edges. */
    public int edgeCount() {
        return edgeFrom.length;
    }

    /** The smaller endpoint of edge {@code e} (edges are numbered in the order given). */
    public int edgeFrom(int e) {
        return edgeFrom[e];
    }

    /** The larger endpoint of edge {@code e}. */
    public int edgeTo(int e) {
        return edgeTo[e];
    }

    /** The weight of edge {@code e}. */
    public int edgeWeight(int e) {
        return edgeWeight[e];
    }

    /** The number of neighbours of {@code vertex}. */
    public int degree(int vertex) {
        return offsets[vertex + 1] - offsets[vertex];
    }

    /** The sum of all edge weights W (a cut never exceeds the sum of the positive ones). */
    public long totalWeight() {
        long total = 0;
        for (int weight : edgeWeight) {
            total += weight;
        }
        return total;
    }

    /**
     * The CSR row offsets, a copy of length {@code n + 1}: the neighbours of {@code v} are at positions
     * {@code offsets[v] .. offsets[v+1]-1} of {@link #adjacency()}, in increasing order.
     */
    public int[] adjacencyOffsets() {
        return offsets.clone();
    }

    /** The CSR neighbour array, a copy of length {@code 2 * edgeCount()}. */
    public int[] adjacency() {
        return neighbours.clone();
    }

    /** The CSR weight array, parallel to {@link #adjacency()}, a copy. */
    public int[] adjacencyWeights() {
        return neighbourWeights.clone();
    }

    /** The same graph under another name. */
    public MaxCutInstance withName(String newName) {
        return new MaxCutInstance(newName, vertexCount, edgeFrom, edgeTo, edgeWeight);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaxCutInstance instance && name.equals(instance.name)
                && vertexCount == instance.vertexCount && Arrays.equals(edgeFrom, instance.edgeFrom)
                && Arrays.equals(edgeTo, instance.edgeTo) && Arrays.equals(edgeWeight, instance.edgeWeight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, vertexCount, Arrays.hashCode(edgeFrom), Arrays.hashCode(edgeTo),
                Arrays.hashCode(edgeWeight));
    }

    @Override
    public String toString() {
        return "MaxCutInstance[" + name + ", " + vertexCount + " vertices, " + edgeFrom.length + " edges]";
    }
}
