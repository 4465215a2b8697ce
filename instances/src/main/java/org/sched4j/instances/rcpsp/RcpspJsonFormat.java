package org.sched4j.instances.rcpsp;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * sched4j's JSON format of RCPSP instances with every extension ({@code rcpsp-json}, read and written). One object:
 * <pre>{@code
 * {
 *   "name": "migration-1",                                        // optional, else the file name
 *   "resources":   [{"name": "crew", "capacity": 3}],
 *   "activities":  [{"name": "backup db", "duration": 4, "demands": [1]}, ...],   // indices from 0
 *   "precedences": [{"predecessor": 0, "successor": 1, "lag": 2}],               // lag optional, default 0
 *   "downtimes":   [{"resource": 0, "start": 10, "end": 14, "unavailable": 2}],  // optional
 *   "windows":     [{"activity": 1, "release": 5, "deadline": 30}],              // optional; deadline optional
 *   "disjunctive_pairs": [{"first": 0, "second": 2}]                             // optional
 * }
 * }</pre>
 * Times are integers in the instance's time unit; a downtime removes {@code unavailable} units over
 * {@code [start, end)}; a deadline is the latest end. Unknown fields are errors. Defects are
 * {@link InstanceFormatException}s at the line and column Jackson reports; defects of the whole project (a cycle of
 * precedences, an index out of range) are reported at line 0.
 */
public final class RcpspJsonFormat implements InstanceFormat<RcpspInstance> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The format; it holds no state. */
    public RcpspJsonFormat() {
    }

    @Override
    public String name() {
        return "rcpsp-json";
    }

    @Override
    public ProblemType<RcpspInstance, ?> problemType() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String description() {
        return "sched4j RCPSP JSON: resources, activities, lagged precedences, downtimes, time windows, "
                + "disjunctive pairs";
    }

    /** True for a {@code .json} file whose head mentions {@code "activities"} and {@code "resources"}. */
    @Override
    public boolean recognizes(String fileName, String head) {
        return InstanceFormat.extension(fileName).equals("json") && head.contains("\"activities\"")
                && head.contains("\"resources\"");
    }

    @Override
    public List<ParsedInstance<RcpspInstance>> read(Reader reader, String sourceName) {
        RcpspJsonDocument document;
        try {
            document = MAPPER.readValue(reader, RcpspJsonDocument.class);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            int column = location == null ? 0 : Math.max(0, location.getColumnNr());
            throw new InstanceFormatException(sourceName, line, column, "expected an rcpsp-json document, found: "
                    + rootMessage(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        if (document == null) {
            throw new InstanceFormatException(sourceName, 0, 0, "expected an rcpsp-json object, found nothing");
        }
        String baseName = InstanceFormat.baseName(sourceName);
        RcpspInstance instance;
        try {
            instance = document.toInstance(baseName);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InstanceFormatException(sourceName, 0, 0, "expected a valid project, found: " + e.getMessage());
        }
        return List.of(new ParsedInstance<>(instance.name(), instance, BestKnown.unknown(instance.name())));
    }

    private static String rootMessage(JsonProcessingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof JsonProcessingException json ? json.getOriginalMessage()
                : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public void write(RcpspInstance instance, Writer writer) throws IOException {
        MAPPER.writeValue(new NonClosingWriter(writer), RcpspJsonDocument.of(instance));
        writer.write('\n');
    }

    /** Keeps Jackson from closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer writer) {
            super(writer);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
