package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.Pod;

/**
 * One {@code PodDisruptionBudget} of {@code kubectl get pdb -A -o json} ({@code policy/v1}, in
 * {@code staging/src/k8s.io/api/policy/v1/types.go}) as a {@link DisruptionBudget}: named
 * {@code namespace/name}; {@code spec.selector} (absent: no pod; {@code {}}: every pod of its namespace);
 * {@code status.disruptionsAllowed} when the dump has it, else computed from the scenario's pods as the disruption
 * controller does ({@code getExpectedPodCount} and {@code updatePdbStatus} in
 * {@code pkg/controller/disruption/disruption.go}):
 * <ul>
 *   <li>expected = the selected pods, running or pending (the controller counts its workloads' replicas);</li>
 *   <li>desired healthy = {@code minAvailable}, or expected − {@code maxUnavailable} (at least 0); a percentage is
 *       of expected, rounded up ({@code intstr.GetScaledValueFromIntOrPercent} with {@code roundUp} true, in
 *       {@code k8s.io/apimachinery/pkg/util/intstr/intstr.go});</li>
 *   <li>allowed = current healthy (the selected running pods) − desired healthy, 0 when that is negative or when no
 *       pod is expected (also when neither field is set).</li>
 * </ul>
 */
final class KubectlBudgetReader {

    private static final Pattern PERCENT = Pattern.compile("([0-9]+)%");

    private final JsonFields fields;
    private final KubectlSelectors selectors;

    KubectlBudgetReader(JsonSource source) {
        this.fields = new JsonFields(source);
        this.selectors = new KubectlSelectors(fields);
    }

    /** The budget at {@code pointer}, its allowance computed from {@code pods} when the dump lacks it. */
    DisruptionBudget budget(JsonNode budget, JsonPointer pointer, List<Pod> pods) {
        JsonPointer metadataAt = pointer.appendProperty("metadata");
        JsonNode metadata = fields.optionalObject(budget, pointer, "metadata");
        String namespace = fields.optionalText(metadata, metadataAt, "namespace", "");
        namespace = namespace.isEmpty() ? "default" : namespace;
        String name = namespace + "/" + fields.text(metadata, metadataAt, "name", "the budget's metadata.name");
        JsonPointer specAt = pointer.appendProperty("spec");
        JsonNode spec = fields.optionalObject(budget, pointer, "spec");
        LabelSelector selector = selectors.labelSelector(spec, specAt, "selector");
        if (JsonFields.has(spec, "minAvailable") && JsonFields.has(spec, "maxUnavailable")) {
            throw fields.error(specAt.appendProperty("maxUnavailable"), "expected minAvailable or maxUnavailable, "
                    + "not both");
        }
        JsonPointer statusAt = pointer.appendProperty("status");
        JsonNode status = fields.optionalObject(budget, pointer, "status");
        DisruptionBudget counted = new DisruptionBudget(name, namespace, selector, 0);
        int allowed;
        if (JsonFields.has(status, "disruptionsAllowed")) {
            allowed = (int) fields.integer(status, statusAt, "disruptionsAllowed", 0, Integer.MAX_VALUE);
        } else if (JsonFields.has(spec, "maxUnavailable") || JsonFields.has(spec, "minAvailable")) {
            int expected = (int) pods.stream().filter(counted::covers).count();
            int healthy = (int) pods.stream().filter(pod -> pod.isRunning() && counted.covers(pod)).count();
            int desired = JsonFields.has(spec, "maxUnavailable")
                    ? Math.max(0, expected - scaled(spec, specAt, "maxUnavailable", expected))
                    : scaled(spec, specAt, "minAvailable", expected);
            allowed = expected <= 0 ? 0 : Math.max(0, healthy - desired);
        } else {
            allowed = 0;
        }
        return new DisruptionBudget(name, namespace, selector, allowed);
    }

    /** An int-or-percent field: the integer, or the percentage of {@code total} rounded up. */
    private int scaled(JsonNode spec, JsonPointer specAt, String name, int total) {
        JsonNode value = JsonFields.field(spec, name);
        if (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0) {
            return value.asInt();
        }
        Matcher percent = value.isTextual() ? PERCENT.matcher(value.asText()) : null;
        if (percent != null && percent.matches() && percent.group(1).length() <= 3
                && Integer.parseInt(percent.group(1)) <= 100) {
            long hundredths = (long) Integer.parseInt(percent.group(1)) * total;
            return (int) ((hundredths + 99) / 100);
        }
        throw fields.error(specAt.appendProperty(name), "expected \"" + name + "\", an integer of at least 0 or a "
                + "percentage from \"0%\" to \"100%\", found " + JsonFields.describe(value));
    }
}
