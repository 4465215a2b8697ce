package org.sched4j.bench.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * The text table of {@link IsingGpuSideBySide}: one row per graph with its size, then for the single-thread CPU
 * kernel, the CPU on all threads and the GPU kernel the attempted spin updates per second and the best cut, then the
 * ratios of the GPU's rate to the single thread's and to all threads'. A missing GPU shows as {@code -}.
 */
final class ThroughputTable {

    private static final String GRAPH_COLUMNS = "%-16s %8s %8s";
    private static final String ENGINE_COLUMNS = " | %10s %8s";
    private static final String RATIO_COLUMNS = " | %9s %9s";

    /**
     * One engine's figures on one graph.
     *
     * @param spinUpdatesPerSecond attempted single-spin updates per second
     * @param cut                  the best cut weight found, recomputed from the spins
     */
    record Rate(double spinUpdatesPerSecond, double cut) {
    }

    private final int threads;

    /** A table whose second engine ran on {@code threads} CPU threads. */
    ThroughputTable(int threads) {
        this.threads = threads;
    }

    /** The two header lines. */
    String header() {
        String first = String.format(Locale.ROOT, GRAPH_COLUMNS, "", "", "")
                + String.format(Locale.ROOT, " | %-19s | %-19s | %-19s | %s", "1 CPU thread", threads + " CPU threads",
                "GPU", "GPU / CPU");
        String second = String.format(Locale.ROOT, GRAPH_COLUMNS, "graph", "vertices", "edges")
                + String.format(Locale.ROOT, ENGINE_COLUMNS, "updates/s", "cut").repeat(3)
                + String.format(Locale.ROOT, RATIO_COLUMNS, "1 thread", threads + " thr.");
        return first + System.lineSeparator() + second;
    }

    /** The row of a graph of {@code vertices} and {@code edges}; {@code gpu} is empty when the GPU was not used. */
    String row(String graph, int vertices, int edges, Rate oneThread, Rate allThreads, Optional<Rate> gpu) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, GRAPH_COLUMNS, graph, vertices, edges));
        row.append(engine(Optional.of(oneThread))).append(engine(Optional.of(allThreads))).append(engine(gpu));
        row.append(String.format(Locale.ROOT, RATIO_COLUMNS, ratio(gpu, oneThread), ratio(gpu, allThreads)));
        return row.toString();
    }

    /** The GPU's rate over {@code cpu}'s, {@code NaN} without a GPU. */
    static double speedUp(Optional<Rate> gpu, Rate cpu) {
        return gpu.map(rate -> rate.spinUpdatesPerSecond() / cpu.spinUpdatesPerSecond()).orElse(Double.NaN);
    }

    private static String engine(Optional<Rate> rate) {
        return rate.map(value -> String.format(Locale.ROOT, ENGINE_COLUMNS, String.format(Locale.ROOT, "%.3g",
                value.spinUpdatesPerSecond()), String.format(Locale.ROOT, "%.0f", value.cut())))
                .orElse(String.format(Locale.ROOT, ENGINE_COLUMNS, "-", "-"));
    }

    private static String ratio(Optional<Rate> gpu, Rate cpu) {
        double ratio = speedUp(gpu, cpu);
        if (Double.isNaN(ratio)) {
            return "-";
        }
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.2fx", ratio);
    }
}
