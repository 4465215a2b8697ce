package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.sched4j.instances.InstanceFormatException;

/**
 * One JSON document read whole, parsed into a Jackson tree, with errors that name {@code file:line:column}: syntax
 * errors at Jackson's {@link JsonLocation}, and errors in the data at the place of a {@link JsonPointer} (found by
 * streaming the text again, only when an error is reported).
 */
final class JsonSource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String sourceName;
    private final String text;
    private final JsonNode root;

    private JsonSource(String sourceName, String text, JsonNode root) {
        this.sourceName = sourceName;
        this.text = text;
        this.root = root;
    }

    /**
     * Reads and parses the whole of {@code reader}.
     *
     * @throws InstanceFormatException when the text is not JSON, at the position Jackson reports
     */
    static JsonSource read(Reader reader, String sourceName) {
        String text;
        try {
            text = readAll(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new InstanceFormatException(sourceName, 0, 0, "expected a JSON document, found an empty file");
            }
            return new JsonSource(sourceName, text, root);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            int column = location == null ? 0 : Math.max(0, location.getColumnNr());
            throw new InstanceFormatException(sourceName, line, column, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static String readAll(Reader reader) throws IOException {
        StringWriter writer = new StringWriter();
        reader.transferTo(writer);
        return writer.toString();
    }

    /** The document's root. */
    JsonNode root() {
        return root;
    }

    /** The source name used in messages. */
    String sourceName() {
        return sourceName;
    }

    /**
     * An error in the data at {@code pointer} ({@code /items/3/spec}), positioned at the first token of the value
     * there (or of its closest existing ancestor).
     */
    InstanceFormatException error(JsonPointer pointer, String problem) {
        Objects.requireNonNull(pointer, "pointer");
        for (JsonPointer place = pointer; place != null; place = place.head()) {
            JsonLocation location = locate(place);
            if (location != null) {
                return new InstanceFormatException(sourceName, location.getLineNr(), location.getColumnNr(),
                        problem + " (at " + pointer + ")");
            }
        }
        return new InstanceFormatException(sourceName, 0, 0, problem + " (at " + pointer + ")");
    }

    private JsonLocation locate(JsonPointer pointer) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                        && valuePointer(parser, token).equals(pointer)) {
                    return parser.currentTokenLocation();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonPointer valuePointer(JsonParser parser, JsonToken token) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return parser.getParsingContext().getParent().pathAsPointer();
        }
        return parser.getParsingContext().pathAsPointer();
    }
}
