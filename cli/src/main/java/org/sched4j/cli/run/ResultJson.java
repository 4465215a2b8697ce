package org.sched4j.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes result rows as a JSON array of objects: the CSV columns under the same names (numbers as numbers, unknown
 * ones as {@code null}), the problem's own measures of the row
 * ({@link org.sched4j.cli.problem.ProblemSupport#measureNames}), then {@code violations} (the evaluator's, an array of strings), {@code solution} (as the problem's
 * {@link org.sched4j.cli.problem.ProblemSupport} writes it: for a job shop {@code {"start_times": [[...], ...]}}, one
 * row per job) and, for {@code ERROR} rows, {@code message}.
 */
public final class ResultJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes {@code rows} to {@code file}, replacing it. */
    public void write(Path file, List<ResultRow> rows) {
        try {
            mapper.writeValue(file.toFile(), toTree(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON tree of {@code rows}. */
    public ArrayNode toTree(List<ResultRow> rows) {
        ArrayNode array = mapper.createArrayNode();
        for (ResultRow row : rows) {
            array.add(toTree(row));
        }
        return array;
    }

    private ObjectNode toTree(ResultRow row) {
        ObjectNode node = mapper.createObjectNode();
        node.put("instance", row.instance());
        node.put("problem", row.problem());
        node.put("solver", row.solver());
        node.put("status", row.status());
        putNumber(node, "objective", row.objective(), -1);
        putNumber(node, "lower_bound", row.lowerBound(), -1);
        putNumber(node, "best_known", row.bestKnown(), -1);
        putNumber(node, "gap_percent", row.gapPercent(), 2);
        node.put("valid", row.valid());
        putNumber(node, "time_seconds", row.timeSeconds(), 3);
        row.measures().forEach((name, value) -> putNumber(node, name, value, -1));
        ArrayNode violations = node.putArray("violations");
        row.violations().forEach(violations::add);
        node.set("solution", solution(row));
        if (row.message() != null) {
            node.put("message", row.message());
        }
        return node;
    }

    private JsonNode solution(ResultRow row) {
        if (row.solution() == null) {
            return mapper.nullNode();
        }
        return row.solution().toJson(mapper);
    }

    /** Puts an integer as an integer, other numbers rounded to {@code decimals} (all when negative), NaN as null. */
    private static void putNumber(ObjectNode node, String field, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else if (decimals < 0) {
            node.put(field, value);
        } else {
            node.put(field, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue());
        }
    }
}
