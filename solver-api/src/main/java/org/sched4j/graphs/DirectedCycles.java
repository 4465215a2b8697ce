package org.sched4j.graphs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;

/**
 * Finds one directed cycle of a graph and spells it out in order, for the messages that reject cyclic precedences
 * (RCPSP activities, task-graph dependencies).
 *
 * <p>JGraphT's {@link CycleDetector} finds the vertices that lie on cycles in O(V + E); of those, the first in
 * {@code order} is the start, and the shortest cycle through it is found by a breadth-first search back to it from
 * each of its successors on cycles, O(d (V + E)) for a start of out-degree d. The same graph always gives the same
 * cycle.
 */
public final class DirectedCycles {

    private DirectedCycles() {
    }

    /**
     * The shortest cycle through the first vertex (in {@code order}) that lies on a cycle, as its vertices in order
     * with the first repeated at the end ({@code [1, 2, 3, 1]}); empty when the graph is acyclic.
     */
    public static <V, E> Optional<List<V>> findOne(Graph<V, E> graph, Comparator<? super V> order) {
        CycleDetector<V, E> detector = new CycleDetector<>(graph);
        if (!detector.detectCycles()) {
            return Optional.empty();
        }
        Set<V> onCycles = detector.findCycles();
        V start = onCycles.stream().min(order).orElseThrow();
        Graph<V, E> cyclic = new AsSubgraph<>(graph, onCycles);
        BFSShortestPath<V, E> paths = new BFSShortestPath<>(cyclic);
        List<V> best = null;
        for (V next : Graphs.successorListOf(cyclic, start)) {
            GraphPath<V, E> back = paths.getPath(next, start);
            if (back != null && (best == null || back.getLength() + 1 < best.size() - 1)) {
                best = new ArrayList<>();
                best.add(start);
                best.addAll(back.getVertexList());
            }
        }
        if (best == null) {
            throw new IllegalStateException("a cycle was detected but none passes through " + start);
        }
        return Optional.of(best);
    }
}
