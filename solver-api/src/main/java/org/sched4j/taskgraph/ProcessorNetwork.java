package org.sched4j.taskgraph;

import java.util.Arrays;
import java.util.Objects;

/**
 * The links between the processors of a task graph: a start-up latency and a bandwidth for every ordered pair of
 * distinct processors. Sending {@code volume} units from processor {@code p} to {@code q != p} takes
 * {@code latency(p, q) + volume / bandwidth(p, q)}; on the same processor it takes 0. Immutable.
 */
public final class ProcessorNetwork {

    private final double[][] bandwidth;
    private final double[][] latency;
    private final double meanLatency;
    private final double meanBandwidth;

    private ProcessorNetwork(double[][] bandwidth, double[][] latency) {
        this.bandwidth = bandwidth;
        this.latency = latency;
        double latencySum = 0;
        double bandwidthSum = 0;
        for (int p = 0; p < bandwidth.length; p++) {
            for (int q = 0; q < bandwidth.length; q++) {
                if (p != q) {
                    latencySum += latency[p][q];
                    bandwidthSum += bandwidth[p][q];
                }
            }
        }
        int pairs = bandwidth.length * (bandwidth.length - 1);
        this.meanLatency = pairs == 0 ? 0 : latencySum / pairs;
        this.meanBandwidth = pairs == 0 ? 1 : bandwidthSum / pairs;
    }

    /**
     * A network with the given matrices {@code [from][to]} (copied; the diagonals are ignored and kept as 0).
     *
     * @throws IllegalArgumentException when the matrices are not square of the same size, a bandwidth off the
     *                                  diagonal is not positive, or a latency is negative or not finite
     */
    public static ProcessorNetwork of(double[][] bandwidth, double[][] latency) {
        int count = Objects.requireNonNull(bandwidth, "bandwidth").length;
        if (Objects.requireNonNull(latency, "latency").length != count) {
            throw new IllegalArgumentException("bandwidth has " + count + " rows but latency has " + latency.length);
        }
        double[][] bandwidthCopy = new double[count][];
        double[][] latencyCopy = new double[count][];
        for (int p = 0; p < count; p++) {
            if (bandwidth[p].length != count || latency[p].length != count) {
                throw new IllegalArgumentException("row " + p + " of the network matrices must have " + count
                        + " entries");
            }
            bandwidthCopy[p] = bandwidth[p].clone();
            latencyCopy[p] = latency[p].clone();
            bandwidthCopy[p][p] = 0;
            latencyCopy[p][p] = 0;
            for (int q = 0; q < count; q++) {
                if (p != q && !(bandwidth[p][q] > 0)) {
                    throw new IllegalArgumentException("bandwidth(" + p + "," + q + ") must be positive, got "
                            + bandwidth[p][q]);
                }
                if (p != q && (!(latency[p][q] >= 0) || Double.isInfinite(latency[p][q]))) {
                    throw new IllegalArgumentException("latency(" + p + "," + q + ") must be finite and at least 0, "
                            + "got " + latency[p][q]);
                }
            }
        }
        return new ProcessorNetwork(bandwidthCopy, latencyCopy);
    }

    /** {@code processorCount} processors linked with bandwidth 1 and latency 0: a volume is a transfer time. */
    public static ProcessorNetwork uniform(int processorCount) {
        return uniform(processorCount, 1, 0);
    }

    /** {@code processorCount} processors, every pair linked with the same bandwidth and latency. */
    public static ProcessorNetwork uniform(int processorCount, double bandwidth, double latency) {
        double[][] bandwidths = new double[processorCount][processorCount];
        double[][] latencies = new double[processorCount][processorCount];
        for (int p = 0; p < processorCount; p++) {
            Arrays.fill(bandwidths[p], bandwidth);
            Arrays.fill(latencies[p], latency);
        }
        return of(bandwidths, latencies);
    }

    /** The number of processors. */
    public int processorCount() {
        return bandwidth.length;
    }

    /** The bandwidth from {@code from} to {@code to} (volume units per time unit). */
    public double bandwidth(int from, int to) {
        return bandwidth[from][to];
    }

    /** The start-up latency from {@code from} to {@code to} (time units). */
    public double latency(int from, int to) {
        return latency[from][to];
    }

    /** The time to move {@code volume} from {@code from} to {@code to}: 0 when they are the same processor. */
    public double transferTime(double volume, int from, int to) {
        return from == to ? 0 : latency[from][to] + volume / bandwidth[from][to];
    }

    /**
     * The mean transfer time of {@code volume} as Topcuoglu et al. define it: mean latency plus volume over mean
     * bandwidth, over ordered pairs of distinct processors; 0 with one processor.
     */
    public double meanTransferTime(double volume) {
        return processorCount() < 2 ? 0 : meanLatency + volume / meanBandwidth;
    }

    /** Whether every pair of distinct processors has the same bandwidth and latency. */
    public boolean isUniform() {
        for (int p = 0; p < processorCount(); p++) {
            for (int q = 0; q < processorCount(); q++) {
                if (p != q && (bandwidth[p][q] != bandwidth[0][1 % processorCount()]
                        || latency[p][q] != latency[0][1 % processorCount()])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessorNetwork network && Arrays.deepEquals(bandwidth, network.bandwidth)
                && Arrays.deepEquals(latency, network.latency);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(bandwidth) + Arrays.deepHashCode(latency);
    }
}
