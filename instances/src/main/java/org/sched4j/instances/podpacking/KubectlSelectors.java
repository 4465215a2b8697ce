package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeSelectorTerm;

/**
 * Label selectors and node selector terms as the Kubernetes API spells them ({@code metav1.LabelSelector} in
 * {@code staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go}, {@code v1.NodeSelectorTerm} in
 * {@code staging/src/k8s.io/api/core/v1/types.go}): {@code matchLabels}, and {@code matchExpressions} /
 * {@code matchFields} of {@code {key, operator, values}}. A label selector takes the operators {@code In},
 * {@code NotIn}, {@code Exists} and {@code DoesNotExist}; a node selector term also {@code Gt} and {@code Lt}.
 */
final class KubectlSelectors {

    private static final Set<LabelRequirement.Operator> LABEL_SELECTOR_OPERATORS = Set.of(
            LabelRequirement.Operator.IN, LabelRequirement.Operator.NOT_IN, LabelRequirement.Operator.EXISTS,
            LabelRequirement.Operator.DOES_NOT_EXIST);

    private final JsonFields fields;

    KubectlSelectors(JsonFields fields) {
        this.fields = fields;
    }

    /**
     * The label selector in field {@code name} of {@code object}: null when absent (Kubernetes reads a missing
     * selector as selecting nothing), {@link LabelSelector#EVERYTHING} when {@code {}}.
     */
    LabelSelector labelSelector(JsonNode object, JsonPointer at, String name) {
        JsonNode selector = fields.optionalObject(object, at, name);
        if (selector.isMissingNode()) {
            return null;
        }
        JsonPointer pointer = at.appendProperty(name);
        return new LabelSelector(fields.stringMap(selector, pointer, "matchLabels"),
                requirements(selector, pointer, "matchExpressions", LABEL_SELECTOR_OPERATORS));
    }

    /** A node selector term ({@code matchExpressions} on labels, {@code matchFields} on {@code metadata.name}). */
    NodeSelectorTerm nodeSelectorTerm(JsonNode term, JsonPointer at) {
        Set<LabelRequirement.Operator> all = Set.of(LabelRequirement.Operator.values());
        List<LabelRequirement> expressions = requirements(term, at, "matchExpressions", all);
        List<LabelRequirement> matchFields = requirements(term, at, "matchFields", all);
        return fields.construct(at.appendProperty("matchFields"), () -> new NodeSelectorTerm(expressions,
                matchFields));
    }

    private List<LabelRequirement> requirements(JsonNode object, JsonPointer at, String name,
                                                Set<LabelRequirement.Operator> allowed) {
        List<LabelRequirement> requirements = new ArrayList<>();
        List<JsonNode> expressions = fields.objects(object, at, name);
        for (int i = 0; i < expressions.size(); i++) {
            requirements.add(requirement(expressions.get(i), at.appendProperty(name).appendIndex(i), allowed));
        }
        return requirements;
    }

    private LabelRequirement requirement(JsonNode expression, JsonPointer at,
                                         Set<LabelRequirement.Operator> allowed) {
        String key = fields.text(expression, at, "key", "the requirement's key");
        LabelRequirement.Operator operator = fields.choice(expression, at, "operator", spelling -> operator(spelling)
                .filter(allowed::contains), null, "one of " + spellings(allowed));
        List<String> values = fields.strings(expression, at, "values");
        return fields.construct(at, () -> new LabelRequirement(key, operator, values));
    }

    private static Optional<LabelRequirement.Operator> operator(String spelling) {
        return Arrays.stream(LabelRequirement.Operator.values())
                .filter(operator -> operator.kubernetesName().equals(spelling)).findFirst();
    }

    private static String spellings(Set<LabelRequirement.Operator> operators) {
        return String.join(", ", Arrays.stream(LabelRequirement.Operator.values()).filter(operators::contains)
                .map(LabelRequirement.Operator::kubernetesName).toList());
    }
}
