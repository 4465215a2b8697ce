package org.sched4j.instances.maxcut;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.sched4j.maxcut.MaxCutInstance;

/**
 * Random max-cut instances in the families of Rinaldi's {@code rudy} generator, from which the Gset graphs come:
 * Erdős–Rényi graphs G(n, p), two- and three-dimensional toroidal grids with ±1 weights (spin glasses), and
 * planar-like geometric graphs. The same arguments and seed always give the same graph.
 */
public final class MaxCutGenerators {

    private MaxCutGenerators() {
    }

    /** How the edges of a generated graph are weighted. */
    public enum Weights {
        /** Every edge weighs 1. */
        UNIT,
        /** Each edge weighs +1 or −1 with equal probability. */
        PLUS_MINUS_ONE;

        int draw(SplittableRandom random) {
            return this == UNIT || random.nextBoolean() ? 1 : -1;
        }
    }

    /**
     * An Erdős–Rényi graph G(n, p): each of the n(n−1)/2 pairs is an edge with probability {@code p}.
     *
     * @throws IllegalArgumentException for {@code n < 2} or {@code p} outside (0, 1]
     */
    public static MaxCutInstance randomGraph(String name, int n, double p, Weights weights, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("a random graph needs at least 2 vertices, got " + n);
        }
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("the edge probability must be in (0, 1], got " + p);
        }
        SplittableRandom random = new SplittableRandom(seed);
        EdgeList edges = new EdgeList();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < p) {
                    edges.add(i, j, weights.draw(random));
                }
            }
        }
        return edges.toInstance(name, n);
    }

    /**
     * A two-dimensional toroidal grid of {@code rows × columns} vertices, each joined to its right and lower
     * neighbours (wrapping around), weights ±1: the ±J spin glass of the Gset graphs G48–G50 and G57.
     *
     * @throws IllegalArgumentException when a side is shorter than 3 (the torus would repeat edges)
     */
    public static MaxCutInstance toroidalGrid(String name, int rows, int columns, long seed) {
        return torus(name, new int[] {rows, columns}, seed);
    }

    /**
     * A three-dimensional toroidal grid of {@code a × b × c} vertices, each joined to its six neighbours (wrapping
     * around), weights ±1.
     *
     * @throws IllegalArgumentException when a side is shorter than 3
     */
    public static MaxCutInstance toroidalGrid(String name, int a, int b, int c, long seed) {
        return torus(name, new int[] {a, b, c}, seed);
    }

    private static MaxCutInstance torus(String name, int[] sides, long seed) {
        int n = 1;
        for (int side : sides) {
            if (side < 3) {
                throw new IllegalArgumentException("every side of a toroidal grid must be at least 3, got "
                        + Arrays.toString(sides));
            }
            n = Math.multiplyExact(n, side);
        }
        SplittableRandom random = new SplittableRandom(seed);
        EdgeList edges = new EdgeList();
        for (int v = 0; v < n; v++) {
            int stride = 1;
            for (int side : sides) {
                int coordinate = (v / stride) % side;
                int neighbour = v + (coordinate == side - 1 ? -(side - 1) * stride : stride);
                edges.add(v, neighbour, Weights.PLUS_MINUS_ONE.draw(random));
                stride *= side;
            }
        }
        return edges.toInstance(name, n);
    }

    /**
     * A planar-like geometric graph: {@code n} random points in the unit square, each joined to its
     * {@code neighbours} nearest points (rudy's planar graphs, G14–G17 and G51–G54, have average degree about 6; use
     * 3 neighbours for that). Takes O(n²) time.
     *
     * @throws IllegalArgumentException for {@code n < 2} or {@code neighbours} outside {@code 1 .. n-1}
     */
    public static MaxCutInstance planarLike(String name, int n, int neighbours, Weights weights, long seed) {
        if (n < 2 || neighbours < 1 || neighbours >= n) {
            throw new IllegalArgumentException("a planar-like graph needs n >= 2 and 1 <= neighbours < n, got n = "
                    + n + ", neighbours = " + neighbours);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = random.nextDouble();
            y[v] = random.nextDouble();
        }
        EdgeList edges = new EdgeList();
        long[] byDistance = new long[n - 1];
        for (int v = 0; v < n; v++) {
            int k = 0;
            for (int u = 0; u < n; u++) {
                if (u != v) {
                    double distance = (x[u] - x[v]) * (x[u] - x[v]) + (y[u] - y[v]) * (y[u] - y[v]);
                    byDistance[k++] = (Double.doubleToLongBits(distance) & ~0xffffffffL) | u;
                }
            }
            Arrays.sort(byDistance);
            for (int k2 = 0; k2 < neighbours; k2++) {
                edges.add(v, (int) (byDistance[k2] & 0xffffffffL), weights.draw(random));
            }
        }
        return edges.toInstance(name, n);
    }

    /** Edges without repeats, in the order added. */
    private static final class EdgeList {
        private final Set<Long> seen = new HashSet<>();
        private int[] from = new int[16];
        private int[] to = new int[16];
        private int[] weight = new int[16];
        private int size;

        void add(int u, int v, int w) {
            if (!seen.add(((long) Math.min(u, v) << 32) | Math.max(u, v))) {
                return;
            }
            if (size == from.length) {
                from = Arrays.copyOf(from, 2 * size);
                to = Arrays.copyOf(to, 2 * size);
                weight = Arrays.copyOf(weight, 2 * size);
            }
            from[size] = u;
            to[size] = v;
            weight[size] = w;
            size++;
        }

        MaxCutInstance toInstance(String name, int n) {
            return MaxCutInstance.of(name, n, Arrays.copyOf(from, size), Arrays.copyOf(to, size),
                    Arrays.copyOf(weight, size));
        }
    }
}
