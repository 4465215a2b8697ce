package org.sched4j.instances.podpacking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a cluster dump declares that the pod packing model does not follow, gathered while reading: one line per
 * kind of rule, naming the first few objects that declare it and how many do, for
 * {@link org.sched4j.podpacking.PodPackingInstance#unsupported()}.
 */
final class UnsupportedRules {

    private static final int NAMED = 3;

    private final Map<String, Set<String>> objectsByRule = new LinkedHashMap<>();

    /** Notes that {@code object} (a pod or node name) declares {@code rule} (what is not followed, and how it is read). */
    void note(String rule, String object) {
        objectsByRule.computeIfAbsent(rule, r -> new LinkedHashSet<>()).add(object);
    }

    /** One line per rule, in the order first noted: {@code rule: a, b, c and 4 more}. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : objectsByRule.entrySet()) {
            List<String> objects = List.copyOf(entry.getValue());
            String named = String.join(", ", objects.subList(0, Math.min(NAMED, objects.size())));
            String more = objects.size() > NAMED ? " and " + (objects.size() - NAMED) + " more" : "";
            lines.add(entry.getKey() + ": " + named + more);
        }
        return lines;
    }
}
