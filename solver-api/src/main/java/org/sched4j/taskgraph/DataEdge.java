package org.sched4j.taskgraph;

/**
 * A precedence with data transfer in a task graph: task {@code target} may start only when task {@code source} has
 * finished and its output of {@code volume} units has reached {@code target}'s processor.
 *
 * @param source the producing task, from 0
 * @param target the consuming task, from 0, not {@code source}
 * @param volume the data volume, at least 0 (with unit bandwidth and no latency it is the communication time)
 */
public record DataEdge(int source, int target, double volume) {

    public DataEdge {
        if (source < 0 || target < 0) {
            throw new IllegalArgumentException("edge " + source + "->" + target + ": tasks are numbered from 0");
        }
        if (source == target) {
            throw new IllegalArgumentException("edge " + source + "->" + target + " is a self loop");
        }
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("edge " + source + "->" + target + ": volume must be finite and at "
                    + "least 0, got " + volume);
        }
    }
}
