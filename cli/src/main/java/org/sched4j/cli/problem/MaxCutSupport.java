package org.sched4j.cli.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.bench.Suite;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutProblem;

/** Max-cut on the command line: sizes {@code n=800}, the cut as a 0/1 side per vertex, the Gset suite. */
public final class MaxCutSupport implements ProblemSupport<MaxCutInstance, Cut> {

    /** The Gset graphs G1-G54 (Helmberg and Rendl 2000, rudy generator), summarised by number of vertices. */
    public static final Suite MAXCUT_GSET = new Suite("maxcut-gset",
            "Gset max-cut graphs G1-G54 (Helmberg & Rendl, rudy), by number of vertices", MaxCutProblem.TYPE, "gset",
            "maxcut/gset", Pattern.compile("G([1-9]|[1-4]\\d|5[0-4])"), "maxcut/gset/bks.csv", "size",
            Suite::sizeClassOf);

    @Override
    public ProblemType<MaxCutInstance, Cut> type() {
        return MaxCutProblem.TYPE;
    }

    @Override
    public String size(MaxCutInstance instance) {
        return instance.vertexCount() + " vertices, " + instance.edgeCount() + " edges";
    }

    @Override
    public String sizeClass(MaxCutInstance instance) {
        return "n=" + instance.vertexCount();
    }

    /** {@code {"sides": [0, 1, ...]}}: the side of every vertex, vertices from 0. */
    @Override
    public JsonNode solutionJson(MaxCutInstance instance, Cut solution, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode sides = node.putArray("sides");
        for (int v = 0; v < solution.vertexCount(); v++) {
            sides.add(solution.side(v) ? 1 : 0);
        }
        return node;
    }

    @Override
    public List<Suite> suites() {
        return List.of(MAXCUT_GSET);
    }
}
