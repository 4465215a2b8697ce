package org.sched4j.rcpsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/** Finds a cycle of precedences with JGraphT and spells it out, so that the instance can be rejected with it. */
final class PrecedenceCycles {

    private PrecedenceCycles() {
    }

    /**
     * Throws when the precedences contain a cycle.
     *
     * @throws IllegalArgumentException naming one cycle, {@code 3 -> 7 -> 5 -> 3}
     */
    static void rejectCycles(int activityCount, List<Precedence> precedences) {
        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < activityCount; i++) {
            graph.addVertex(i);
        }
        for (Precedence precedence : precedences) {
            graph.addEdge(precedence.predecessor(), precedence.successor());
        }
        CycleDetector<Integer, DefaultEdge> detector = new CycleDetector<>(graph);
        if (!detector.detectCycles()) {
            return;
        }
        Set<Integer> onCycles = detector.findCycles();
        int first = onCycles.stream().mapToInt(Integer::intValue).min().orElseThrow();
        Graph<Integer, DefaultEdge> cyclic = new AsSubgraph<>(graph, onCycles);
        List<Integer> cycle = shortestCycleThrough(cyclic, first);
        throw new IllegalArgumentException("the precedences form a cycle: "
                + cycle.stream().map(String::valueOf).collect(Collectors.joining(" -> ")));
    }

    private static List<Integer> shortestCycleThrough(Graph<Integer, DefaultEdge> graph, int vertex) {
        BFSShortestPath<Integer, DefaultEdge> paths = new BFSShortestPath<>(graph);
        List<Integer> best = null;
        for (DefaultEdge edge : graph.outgoingEdgesOf(vertex)) {
            GraphPath<Integer, DefaultEdge> back = paths.getPath(graph.getEdgeTarget(edge), vertex);
            if (back != null && (best == null || back.getLength() + 1 < best.size() - 1)) {
                best = new ArrayList<>();
                best.add(vertex);
                best.addAll(back.getVertexList());
            }
        }
        return best;
    }
}
