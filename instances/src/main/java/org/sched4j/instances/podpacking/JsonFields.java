package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sched4j.instances.InstanceFormatException;

/**
 * Typed reads of the fields of one {@link JsonSource}: each read either returns the value or throws an
 * {@link InstanceFormatException} at the value's {@code file:line:column} that says what was expected and what was
 * found. An absent field and a JSON {@code null} are the same (Kubernetes omits empty fields, and {@code kubectl}
 * prints some as null).
 */
final class JsonFields {

    private final JsonSource source;

    JsonFields(JsonSource source) {
        this.source = source;
    }

    /** An error at {@code pointer}. */
    InstanceFormatException error(JsonPointer pointer, String problem) {
        return source.error(pointer, problem);
    }

    /** Runs {@code construction}, turning the model's {@link IllegalArgumentException} into an error at {@code at}. */
    <T> T construct(JsonPointer at, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    /** The field, or a missing node when it is absent or null. */
    static JsonNode field(JsonNode object, String name) {
        JsonNode value = object.path(name);
        return value.isNull() ? MissingNode.getInstance() : value;
    }

    /** Whether the field is present and not null. */
    static boolean has(JsonNode object, String name) {
        return !field(object, name).isMissingNode();
    }

    /** A required non-empty string. */
    String text(JsonNode object, JsonPointer at, String name, String what) {
        JsonNode value = field(object, name);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw error(at.appendProperty(name), "expected " + what + ", a non-empty string, found " + describe(value));
        }
        return value.asText();
    }

    /** An optional string, {@code fallback} when absent. */
    String optionalText(JsonNode object, JsonPointer at, String name, String fallback) {
        JsonNode value = field(object, name);
        if (value.isMissingNode()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw error(at.appendProperty(name), "expected \"" + name + "\", a string, found " + describe(value));
        }
        return value.asText();
    }

    /** A required integer in {@code [min, max]}. */
    long integer(JsonNode object, JsonPointer at, String name, long min, long max) {
        JsonNode value = field(object, name);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw error(at.appendProperty(name), "expected \"" + name + "\", an integer" + range(min, max)
                    + ", found " + describe(value));
        }
        return value.asLong();
    }

    /** An optional integer in {@code [min, max]}, {@code fallback} when absent. */
    long optionalInteger(JsonNode object, JsonPointer at, String name, long min, long max, long fallback) {
        return has(object, name) ? integer(object, at, name, min, max) : fallback;
    }

    /** An optional boolean, {@code fallback} when absent. */
    boolean optionalBoolean(JsonNode object, JsonPointer at, String name, boolean fallback) {
        JsonNode value = field(object, name);
        if (value.isMissingNode()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error(at.appendProperty(name), "expected \"" + name + "\", true or false, found " + describe(value));
        }
        return value.asBoolean();
    }

    /** An optional object, a missing node when absent. */
    JsonNode optionalObject(JsonNode object, JsonPointer at, String name) {
        JsonNode value = field(object, name);
        if (!value.isMissingNode() && !value.isObject()) {
            throw error(at.appendProperty(name), "expected \"" + name + "\", an object, found " + describe(value));
        }
        return value;
    }

    /** The elements of an optional array of objects (none when absent). */
    List<JsonNode> objects(JsonNode object, JsonPointer at, String name) {
        JsonNode value = field(object, name);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(at.appendProperty(name), "expected \"" + name + "\", an array, found " + describe(value));
        }
        List<JsonNode> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw error(at.appendProperty(name).appendIndex(i), "expected an object in \"" + name + "\", found "
                        + describe(value.get(i)));
            }
            elements.add(value.get(i));
        }
        return elements;
    }

    /** An optional array of strings (empty when absent). */
    List<String> strings(JsonNode object, JsonPointer at, String name) {
        JsonNode value = field(object, name);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(at.appendProperty(name), "expected \"" + name + "\", an array of strings, found "
                    + describe(value));
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw error(at.appendProperty(name).appendIndex(i), "expected a string in \"" + name + "\", found "
                        + describe(value.get(i)));
            }
            strings.add(value.get(i).asText());
        }
        return strings;
    }

    /** An optional object of string values, such as labels (empty when absent), in the order of the file. */
    Map<String, String> stringMap(JsonNode object, JsonPointer at, String name) {
        JsonNode value = optionalObject(object, at, name);
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!entry.getValue().isTextual()) {
                throw error(at.appendProperty(name).appendProperty(entry.getKey()), "expected a string value of \""
                        + entry.getKey() + "\" in \"" + name + "\", found " + describe(entry.getValue()));
            }
            map.put(entry.getKey(), entry.getValue().asText());
        }
        return map;
    }

    /**
     * A string field that must be one of a closed set of spellings: {@code parse} maps a spelling to its value (empty
     * for an unknown one); {@code fallback} is used when the field is absent (null when it is required).
     */
    <E> E choice(JsonNode object, JsonPointer at, String name, Function<String, Optional<E>> parse, E fallback,
                 String expected) {
        JsonNode value = field(object, name);
        if (value.isMissingNode() && fallback != null) {
            return fallback;
        }
        Optional<E> parsed = value.isTextual() ? parse.apply(value.asText()) : Optional.empty();
        return parsed.orElseThrow(() -> error(at.appendProperty(name), "expected \"" + name + "\" " + expected
                + ", found " + describe(value)));
    }

    /** How a value is shown in a message: a string in quotes, else its JSON text or kind. */
    static String describe(JsonNode value) {
        if (value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return "'" + value.asText() + "'";
        }
        if (value.isContainerNode()) {
            return "an " + value.getNodeType().name().toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }

    private static String range(long min, long max) {
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
            return "";
        }
        return max == Long.MAX_VALUE ? " of at least " + min : " from " + min + " to " + max;
    }
}
