package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.List;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingRollout;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.RolloutStep;

/**
 * A pod packing plan as something to apply to the cluster: the steps of {@link PodPackingRollout} (evictions, then
 * moves, then bindings of pending pods), after their dry run has passed, as
 * <ul>
 *   <li>{@link #yaml}: a {@code v1 List} of {@code policy/v1 Eviction} and {@code v1 Binding} objects in step order,
 *       each annotated {@code sched4j.org/step} (and {@code sched4j.org/from-node}, {@code sched4j.org/to-node});</li>
 *   <li>{@link #script}: a bash script that posts them one at a time with {@code kubectl create --raw} to the pods'
 *       {@code eviction} and {@code binding} subresources, stopping at the first refusal. Evictions go through the
 *       Eviction API, so the API server checks every PodDisruptionBudget again (it answers 429 when a budget would
 *       be overdrawn).</li>
 * </ul>
 * A move is the eviction of the pod followed by the binding of a pod of the same name to the new node: exact for pods
 * re-created under their name (StatefulSet pods, bare pods re-applied by their owner). A ReplicaSet's replacement pod
 * gets a new name, and the scheduler places it; the plan's dry run guarantees there is room on the planned node.
 */
public final class KubernetesPlanWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private KubernetesPlanWriter() {
    }

    /**
     * The steps of {@code plan}, checked by their dry run.
     *
     * @throws IllegalArgumentException naming the first failing step when the dry run finds a problem
     */
    public static List<RolloutStep> checkedSteps(PodPackingInstance instance, PodPlacement plan) {
        List<RolloutStep> steps = PodPackingRollout.steps(instance, plan);
        List<String> problems = PodPackingRollout.dryRun(instance, plan, steps);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the plan's dry run fails: " + String.join("; ", problems));
        }
        return steps;
    }

    /** The plan's steps as a YAML {@code v1 List} of Eviction and Binding objects (the dry run passed). */
    public static String yaml(PodPackingInstance instance, PodPlacement plan) {
        List<RolloutStep> steps = checkedSteps(instance, plan);
        ObjectNode list = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "List");
        ArrayNode items = list.putArray("items");
        for (int s = 0; s < steps.size(); s++) {
            items.add(object(instance, plan, steps.get(s), s + 1));
        }
        try {
            return "# sched4j plan for " + instance.name() + ": " + steps.size() + " steps, dry run passed; apply in "
                    + "order (see the .sh form)\n" + YAML.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's steps as a bash script of {@code kubectl create --raw} calls (the dry run passed). */
    public static String script(PodPackingInstance instance, PodPlacement plan) {
        List<RolloutStep> steps = checkedSteps(instance, plan);
        StringBuilder script = new StringBuilder("""
                #!/usr/bin/env bash
                # sched4j plan for %s: %d steps, dry run passed (no budget, capacity or placement rule broken
                # after any step). Evictions go through the Eviction API: the API server checks the
                # PodDisruptionBudgets again and refuses (HTTP 429) an eviction that would overdraw one.
                set -euo pipefail

                evict() {  # namespace pod
                  printf '{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"%%s","namespace":"%%s"}}' \\
                    "$2" "$1" | kubectl create --raw "/api/v1/namespaces/$1/pods/$2/eviction" -f -
                }

                bind() {  # namespace pod node
                  printf '{"apiVersion":"v1","kind":"Binding","metadata":{"name":"%%s","namespace":"%%s"},"target":{"apiVersion":"v1","kind":"Node","name":"%%s"}}' \\
                    "$2" "$1" "$3" | kubectl create --raw "/api/v1/namespaces/$1/pods/$2/binding" -f -
                }

                """.formatted(instance.name(), steps.size()));
        for (int s = 0; s < steps.size(); s++) {
            RolloutStep step = steps.get(s);
            Pod pod = instance.pods().get(step.pod());
            String namespace = pod.scheduling().namespace();
            String name = shortName(pod);
            String node = instance.nodes().get(step.node()).name();
            script.append("# step ").append(s + 1).append('\n');
            if (step.kind() == RolloutStep.Kind.EVICT) {
                script.append("evict ").append(quote(namespace)).append(' ').append(quote(name))
                        .append("   # from ").append(node).append('\n');
            } else {
                script.append("bind ").append(quote(namespace)).append(' ').append(quote(name)).append(' ')
                        .append(quote(node)).append('\n');
            }
        }
        return script.toString();
    }

    private static ObjectNode object(PodPackingInstance instance, PodPlacement plan, RolloutStep step, int number) {
        Pod pod = instance.pods().get(step.pod());
        ObjectNode object = JSON.createObjectNode();
        boolean evict = step.kind() == RolloutStep.Kind.EVICT;
        object.put("apiVersion", evict ? "policy/v1" : "v1").put("kind", evict ? "Eviction" : "Binding");
        ObjectNode metadata = object.putObject("metadata");
        metadata.put("name", shortName(pod)).put("namespace", pod.scheduling().namespace());
        ObjectNode annotations = metadata.putObject("annotations");
        annotations.put("sched4j.org/step", Integer.toString(number));
        String node = instance.nodes().get(step.node()).name();
        if (evict) {
            annotations.put("sched4j.org/from-node", node);
            int target = plan.nodeOf(step.pod());
            if (target != Pod.PENDING) {
                annotations.put("sched4j.org/to-node", instance.nodes().get(target).name());
            }
        } else {
            object.putObject("target").put("apiVersion", "v1").put("kind", "Node").put("name", node);
        }
        return object;
    }

    /** The pod's name without its {@code namespace/} prefix. */
    static String shortName(Pod pod) {
        String prefix = pod.scheduling().namespace() + "/";
        return pod.name().startsWith(prefix) ? pod.name().substring(prefix.length()) : pod.name();
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
