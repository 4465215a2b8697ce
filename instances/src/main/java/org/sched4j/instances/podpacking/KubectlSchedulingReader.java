package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * A pod's scheduling rules as {@code v1.PodSpec} declares them ({@code staging/src/k8s.io/api/core/v1/types.go}):
 * {@code tolerations}, {@code nodeSelector}, {@code affinity} ({@code nodeAffinity}, {@code podAffinity},
 * {@code podAntiAffinity}) and {@code topologySpreadConstraints}, read into a {@link PodScheduling}. The model then
 * interprets them as the scheduler does: tolerations as {@code staging/src/k8s.io/api/core/v1/toleration.go}, node
 * selectors and affinity as {@code staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity}, the rest as
 * the {@code InterPodAffinity} and {@code PodTopologySpread} plugins ({@code pkg/scheduler/framework/plugins/}).
 * {@code tolerationSeconds} is ignored (a {@code NoExecute} toleration is read as lasting).
 *
 * <p>Two rewritings happen as the API server and scheduler do them: {@code matchLabelKeys} (and, in pod affinity
 * terms, {@code mismatchLabelKeys}) become requirements {@code key In (the pod's value)} ({@code NotIn}) of the term's
 * label selector, keys the pod lacks ignored; and a {@code namespaceSelector} whose requirements are all on the label
 * every namespace carries, {@code kubernetes.io/metadata.name}, is resolved exactly over the namespaces of the
 * scenario's pods. Any other non-empty {@code namespaceSelector} depends on namespace labels the dump lacks: it is
 * reported as unsupported, and its term read conservatively for required anti-affinity (as selecting every
 * namespace, so that the model forbids at least what the cluster forbids); affinity terms keep only their listed
 * namespaces (the pod's own when none is listed), an approximation.
 */
final class KubectlSchedulingReader {

    /** The label every namespace carries with its own name. */
    static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    private static final String REQUIRED = "requiredDuringSchedulingIgnoredDuringExecution";
    private static final String PREFERRED = "preferredDuringSchedulingIgnoredDuringExecution";
    private static final String REQUIRED_DURING_EXECUTION = "requiredDuringSchedulingRequiredDuringExecution";

    private final JsonFields fields;
    private final KubectlSelectors selectors;
    private final Set<String> scenarioNamespaces;
    private final UnsupportedRules unsupported;

    /** The pod whose rules are read: its name (for reports), namespace and labels. */
    private record PodContext(String name, String namespace, Map<String, String> labels) {
    }

    KubectlSchedulingReader(JsonFields fields, Set<String> scenarioNamespaces, UnsupportedRules unsupported) {
        this.fields = fields;
        this.selectors = new KubectlSelectors(fields);
        this.scenarioNamespaces = Set.copyOf(scenarioNamespaces);
        this.unsupported = unsupported;
    }

    /** The rules of pod {@code name} of {@code namespace} with {@code labels}, whose spec is at {@code at}. */
    PodScheduling scheduling(String name, String namespace, Map<String, String> labels, JsonNode spec,
                             JsonPointer at) {
        PodContext pod = new PodContext(name, namespace, labels);
        JsonNode affinity = fields.optionalObject(spec, at, "affinity");
        JsonPointer affinityAt = at.appendProperty("affinity");
        JsonNode podAffinity = fields.optionalObject(affinity, affinityAt, "podAffinity");
        JsonNode antiAffinity = fields.optionalObject(affinity, affinityAt, "podAntiAffinity");
        JsonPointer podAffinityAt = affinityAt.appendProperty("podAffinity");
        JsonPointer antiAffinityAt = affinityAt.appendProperty("podAntiAffinity");
        return PodScheduling.labelled(namespace, labels)
                .withTolerations(tolerations(spec, at))
                .withNodeSelector(fields.stringMap(spec, at, "nodeSelector"))
                .withNodeAffinity(nodeAffinity(pod, affinity, affinityAt))
                .withPodAffinity(requiredTerms(pod, podAffinity, podAffinityAt, false),
                        preferredTerms(pod, podAffinity, podAffinityAt, false))
                .withPodAntiAffinity(requiredTerms(pod, antiAffinity, antiAffinityAt, true),
                        preferredTerms(pod, antiAffinity, antiAffinityAt, true))
                .withTopologySpread(spreadConstraints(pod, spec, at));
    }

    private List<Toleration> tolerations(JsonNode spec, JsonPointer at) {
        List<Toleration> tolerations = new ArrayList<>();
        List<JsonNode> entries = fields.objects(spec, at, "tolerations");
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer entryAt = at.appendProperty("tolerations").appendIndex(i);
            JsonNode entry = entries.get(i);
            String key = fields.optionalText(entry, entryAt, "key", "");
            boolean exists = fields.choice(entry, entryAt, "operator", KubectlSchedulingReader::tolerationOperator,
                    false, "Exists or Equal");
            String value = fields.optionalText(entry, entryAt, "value", "");
            if (exists && !value.isEmpty()) {
                throw fields.error(entryAt.appendProperty("value"), "expected no value with operator Exists, found '"
                        + value + "'");
            }
            String effectName = fields.optionalText(entry, entryAt, "effect", "");
            TaintEffect effect = effectName.isEmpty() ? null : fields.choice(entry, entryAt, "effect",
                    TaintEffect::fromKubernetes, null, "NoSchedule, PreferNoSchedule, NoExecute or empty (every effect)");
            tolerations.add(fields.construct(entryAt, () -> new Toleration(key, exists, value, effect)));
        }
        return tolerations;
    }

    private static Optional<Boolean> tolerationOperator(String spelling) {
        return switch (spelling) {
            case "Exists" -> Optional.of(true);
            case "Equal", "" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private NodeAffinity nodeAffinity(PodContext pod, JsonNode affinity, JsonPointer affinityAt) {
        JsonNode nodeAffinity = fields.optionalObject(affinity, affinityAt, "nodeAffinity");
        JsonPointer at = affinityAt.appendProperty("nodeAffinity");
        noteRequiredDuringExecution(pod, nodeAffinity, "node affinity");
        List<NodeSelectorTerm> required = null;
        JsonNode requiredSelector = fields.optionalObject(nodeAffinity, at, REQUIRED);
        if (!requiredSelector.isMissingNode()) {
            JsonPointer requiredAt = at.appendProperty(REQUIRED);
            required = new ArrayList<>();
            List<JsonNode> terms = fields.objects(requiredSelector, requiredAt, "nodeSelectorTerms");
            for (int i = 0; i < terms.size(); i++) {
                required.add(selectors.nodeSelectorTerm(terms.get(i), requiredAt.appendProperty("nodeSelectorTerms")
                        .appendIndex(i)));
            }
        }
        List<NodeAffinity.Preferred> preferred = new ArrayList<>();
        List<JsonNode> weighted = fields.objects(nodeAffinity, at, PREFERRED);
        for (int i = 0; i < weighted.size(); i++) {
            JsonPointer termAt = at.appendProperty(PREFERRED).appendIndex(i);
            int weight = (int) fields.integer(weighted.get(i), termAt, "weight", 1, 100);
            JsonNode preference = fields.optionalObject(weighted.get(i), termAt, "preference");
            if (preference.isMissingNode()) {
                throw fields.error(termAt, "expected \"preference\", a node selector term");
            }
            preferred.add(new NodeAffinity.Preferred(weight, selectors.nodeSelectorTerm(preference,
                    termAt.appendProperty("preference"))));
        }
        return new NodeAffinity(required, preferred);
    }

    private List<PodAffinityTerm> requiredTerms(PodContext pod, JsonNode rules, JsonPointer at, boolean anti) {
        noteRequiredDuringExecution(pod, rules, anti ? "pod anti-affinity" : "pod affinity");
        List<PodAffinityTerm> terms = new ArrayList<>();
        List<JsonNode> entries = fields.objects(rules, at, REQUIRED);
        for (int i = 0; i < entries.size(); i++) {
            terms.add(affinityTerm(pod, entries.get(i), at.appendProperty(REQUIRED).appendIndex(i), anti));
        }
        return terms;
    }

    private List<PodAffinityTerm.Weighted> preferredTerms(PodContext pod, JsonNode rules, JsonPointer at,
                                                          boolean anti) {
        List<PodAffinityTerm.Weighted> terms = new ArrayList<>();
        List<JsonNode> entries = fields.objects(rules, at, PREFERRED);
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer entryAt = at.appendProperty(PREFERRED).appendIndex(i);
            int weight = (int) fields.integer(entries.get(i), entryAt, "weight", 1, 100);
            JsonNode term = fields.optionalObject(entries.get(i), entryAt, "podAffinityTerm");
            if (term.isMissingNode()) {
                throw fields.error(entryAt, "expected \"podAffinityTerm\", a pod affinity term");
            }
            terms.add(new PodAffinityTerm.Weighted(weight, affinityTerm(pod, term,
                    entryAt.appendProperty("podAffinityTerm"), anti)));
        }
        return terms;
    }

    private void noteRequiredDuringExecution(PodContext pod, JsonNode rules, String what) {
        if (JsonFields.has(rules, REQUIRED_DURING_EXECUTION)) {
            unsupported.note(REQUIRED_DURING_EXECUTION + " in " + what + " (no such field in Kubernetes; ignored)",
                    pod.name());
        }
    }

    private PodAffinityTerm affinityTerm(PodContext pod, JsonNode term, JsonPointer at, boolean anti) {
        LabelSelector selector = selectors.labelSelector(term, at, "labelSelector");
        selector = withLabelKeys(selector, pod, fields.strings(term, at, "matchLabelKeys"),
                LabelRequirement.Operator.IN);
        selector = withLabelKeys(selector, pod, fields.strings(term, at, "mismatchLabelKeys"),
                LabelRequirement.Operator.NOT_IN);
        Set<String> namespaces = new TreeSet<>(fields.strings(term, at, "namespaces"));
        String topologyKey = fields.text(term, at, "topologyKey", "the term's topologyKey");
        LabelSelector namespaceSelector = selectors.labelSelector(term, at, "namespaceSelector");
        if (namespaceSelector == null) {
            return new PodAffinityTerm(selector, namespaces, false, topologyKey);
        }
        if (namespaceSelector.equals(LabelSelector.EVERYTHING)) {
            return new PodAffinityTerm(selector, Set.of(), true, topologyKey);
        }
        if (selectsByNameOnly(namespaceSelector)) {
            for (String namespace : scenarioNamespaces) {
                if (namespaceSelector.matches(Map.of(NAMESPACE_NAME_LABEL, namespace))) {
                    namespaces.add(namespace);
                }
            }
            return new PodAffinityTerm(namespaces.isEmpty() ? null : selector, namespaces, false, topologyKey);
        }
        unsupported.note("namespaceSelector on namespace labels other than " + NAMESPACE_NAME_LABEL
                + " (anti-affinity read as selecting every namespace, affinity as its listed namespaces or the "
                + "pod's own)", pod.name());
        return anti ? new PodAffinityTerm(selector, Set.of(), true, topologyKey)
                : new PodAffinityTerm(selector, namespaces, false, topologyKey);
    }

    private static boolean selectsByNameOnly(LabelSelector selector) {
        return selector.matchLabels().keySet().stream().allMatch(NAMESPACE_NAME_LABEL::equals)
                && selector.matchExpressions().stream().allMatch(r -> r.key().equals(NAMESPACE_NAME_LABEL));
    }

    /** {@code selector} with {@code key operator (the pod's value)} for each of {@code keys} the pod has. */
    private static LabelSelector withLabelKeys(LabelSelector selector, PodContext pod, List<String> keys,
                                               LabelRequirement.Operator operator) {
        if (selector == null || keys.isEmpty()) {
            return selector;
        }
        List<LabelRequirement> requirements = new ArrayList<>(selector.matchExpressions());
        for (String key : keys) {
            String value = pod.labels().get(key);
            if (value != null) {
                requirements.add(new LabelRequirement(key, operator, List.of(value)));
            }
        }
        return new LabelSelector(selector.matchLabels(), requirements);
    }

    private List<TopologySpreadConstraint> spreadConstraints(PodContext pod, JsonNode spec, JsonPointer specAt) {
        List<TopologySpreadConstraint> constraints = new ArrayList<>();
        List<JsonNode> entries = fields.objects(spec, specAt, "topologySpreadConstraints");
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer at = specAt.appendProperty("topologySpreadConstraints").appendIndex(i);
            JsonNode entry = entries.get(i);
            int maxSkew = (int) fields.integer(entry, at, "maxSkew", 1, Integer.MAX_VALUE);
            String topologyKey = fields.text(entry, at, "topologyKey", "the constraint's topologyKey");
            boolean hard = fields.choice(entry, at, "whenUnsatisfiable", KubectlSchedulingReader::hardness, null,
                    "DoNotSchedule or ScheduleAnyway");
            LabelSelector selector = withLabelKeys(selectors.labelSelector(entry, at, "labelSelector"), pod,
                    fields.strings(entry, at, "matchLabelKeys"), LabelRequirement.Operator.IN);
            int minDomains = (int) fields.optionalInteger(entry, at, "minDomains", 1, Integer.MAX_VALUE, 1);
            if (!hard && JsonFields.has(entry, "minDomains")) {
                throw fields.error(at.appendProperty("minDomains"), "expected no minDomains with whenUnsatisfiable "
                        + "ScheduleAnyway (it applies to DoNotSchedule only)");
            }
            boolean honorNodeAffinity = fields.choice(entry, at, "nodeAffinityPolicy",
                    KubectlSchedulingReader::honor, true, "Honor or Ignore");
            boolean honorTaints = fields.choice(entry, at, "nodeTaintsPolicy", KubectlSchedulingReader::honor, false,
                    "Honor or Ignore");
            constraints.add(new TopologySpreadConstraint(maxSkew, topologyKey, hard, selector, minDomains,
                    honorNodeAffinity, honorTaints));
        }
        return constraints;
    }

    private static Optional<Boolean> hardness(String spelling) {
        return switch (spelling) {
            case "DoNotSchedule" -> Optional.of(true);
            case "ScheduleAnyway" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<Boolean> honor(String spelling) {
        return switch (spelling) {
            case "Honor" -> Optional.of(true);
            case "Ignore" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
