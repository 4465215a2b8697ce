package org.sched4j.taskgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;

/** Finds one directed cycle of a graph, in order, for error messages. */
final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * One cycle of {@code graph} as its vertices in order, the first repeated at the end ({@code [2, 5, 2]}); empty
     * when the graph is acyclic. Uses JGraphT's {@link CycleDetector} and a breadth-first path back to the start.
     */
    static <V, E> Optional<List<V>> findOne(Graph<V, E> graph) {
        CycleDetector<V, E> detector = new CycleDetector<>(graph);
        if (!detector.detectCycles()) {
            return Optional.empty();
        }
        Set<V> onCycles = detector.findCycles();
        for (V start : onCycles) {
            for (V next : Graphs.successorListOf(graph, start)) {
                if (!onCycles.contains(next)) {
                    continue;
                }
                GraphPath<V, E> back = BFSShortestPath.findPathBetween(graph, next, start);
                if (back != null) {
                    List<V> cycle = new ArrayList<>();
                    cycle.add(start);
                    cycle.addAll(back.getVertexList());
                    return Optional.of(cycle);
                }
            }
        }
        throw new IllegalStateException("a cycle was detected but none was found");
    }
}
