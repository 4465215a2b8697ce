package org.sched4j.podpacking;

import java.util.List;
import java.util.Map;

/**
 * A label selector ({@code metav1.LabelSelector}): every {@code matchLabels} pair and every requirement of
 * {@code matchExpressions} must hold. An empty selector matches every set of labels (as
 * {@code metav1.LabelSelectorAsSelector}); where Kubernetes reads a missing selector as "nothing", the model holds
 * {@code null} instead of a selector.
 *
 * @param matchLabels      labels that must be present with these values
 * @param matchExpressions further requirements ({@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist})
 */
public record LabelSelector(Map<String, String> matchLabels, List<LabelRequirement> matchExpressions) {

    /** The selector that matches everything. */
    public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of());

    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels == null ? Map.of() : matchLabels);
        matchExpressions = List.copyOf(matchExpressions == null ? List.of() : matchExpressions);
    }

    /** The selector of exactly these labels. */
    public static LabelSelector of(Map<String, String> matchLabels) {
        return new LabelSelector(matchLabels, List.of());
    }

    /** Whether {@code labels} are selected. */
    public boolean matches(Map<String, String> labels) {
        for (Map.Entry<String, String> wanted : matchLabels.entrySet()) {
            if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                return false;
            }
        }
        for (LabelRequirement requirement : matchExpressions) {
            if (!requirement.matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
