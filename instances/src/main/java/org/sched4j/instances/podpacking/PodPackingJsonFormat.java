package org.sched4j.instances.podpacking;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * sched4j's compact pod packing scenario, one JSON object (read and written):
 * <pre>{@code
 * {"format": "sched4j-podpacking", "name": "demo",
 *  "nodes": [{"name": "n1", "cpu_millis": 4000, "memory_bytes": 8589934592, "pod_limit": 110,
 *             "gpus": 4, "gpu_model": "A100", "labels": {"topology.kubernetes.io/zone": "a"},
 *             "taints": [{"key": "gpu", "value": "true", "effect": "NoSchedule"}], "unschedulable": true}],
 *  "pods": [{"name": "shop/web-1", "cpu_millis": 500, "memory_bytes": 268435456, "priority": 10,
 *            "node": "n1", "protected": false, "gpu": {"devices": 1, "milli": 500, "models": ["A100"]},
 *            "namespace": "shop", "labels": {"app": "web"},
 *            "tolerations": [{"key": "gpu", "operator": "Exists", "effect": "NoSchedule"}],
 *            "node_selector": {"disk": "ssd"},
 *            "node_affinity": {"required": [TERM], "preferred": [{"weight": 10, "term": TERM}]},
 *            "pod_affinity": {"required": [POD_TERM], "preferred": [{"weight": 5, "term": POD_TERM}]},
 *            "pod_anti_affinity": {"required": [POD_TERM], "preferred": [{"weight": 5, "term": POD_TERM}]},
 *            "topology_spread": [{"max_skew": 1, "topology_key": "topology.kubernetes.io/zone",
 *                                 "when_unsatisfiable": "ScheduleAnyway", "selector": SELECTOR,
 *                                 "min_domains": 2, "node_affinity_policy": "Ignore",
 *                                 "node_taints_policy": "Honor"}]}],
 *  "budgets": [{"name": "shop/web", "namespace": "shop", "selector": SELECTOR, "allowed_disruptions": 1}],
 *  "unsupported": ["hostPort (the NodePorts filter is not modelled): shop/web-1"]}
 * }</pre>
 * where {@code TERM} is a node selector term {@code {"match_expressions": [REQ], "match_fields": [REQ]}},
 * {@code REQ} a requirement {@code {"key": "k", "operator": "In", "values": ["a"]}}, {@code SELECTOR} a label selector
 * {@code {"match_labels": {...}, "match_expressions": [REQ]}}, and {@code POD_TERM}
 * {@code {"selector": SELECTOR, "namespaces": ["a"], "all_namespaces": true, "topology_key": "kubernetes.io/hostname"}}.
 * The fields mirror the model's records ({@link org.sched4j.podpacking.ClusterNode},
 * {@link org.sched4j.podpacking.Pod}, {@link org.sched4j.podpacking.PodScheduling}, ...) and their Kubernetes
 * spellings of enumerations ({@code NoSchedule}, {@code In}, {@code DoNotSchedule}, {@code Honor}).
 *
 * <p>Pods are in creation order. Defaults, left out when writing: {@code pod_limit} 110, {@code priority} 0,
 * {@code node} absent (or null) for a pending pod, {@code protected} false, {@code gpus} 0, {@code gpu_model} empty,
 * {@code gpu} none ({@code milli} 1000, {@code models} any), {@code namespace} {@code default}, labels, selectors,
 * tolerations and rules empty, {@code unschedulable} false; a toleration's {@code operator} {@code Equal}, its
 * {@code effect} every effect when absent; a spread constraint's {@code when_unsatisfiable} {@code DoNotSchedule},
 * {@code min_domains} 1, {@code node_affinity_policy} {@code Honor}, {@code node_taints_policy} {@code Ignore}. An
 * absent {@code selector} selects nothing, {@code {}} everything; an absent {@code node_affinity.required} means no
 * required node affinity, {@code []} no node. Writing then reading gives an equal scenario. Errors name
 * {@code file:line:column}.
 */
public final class PodPackingJsonFormat implements InstanceFormat<PodPackingInstance> {

    /** The value of the {@code format} field that identifies the format. */
    public static final String MARKER = "sched4j-podpacking";

    /** The pod limit of a node that names none. */
    static final int DEFAULT_POD_LIMIT = 110;

    @Override
    public String name() {
        return "podpacking-json";
    }

    @Override
    public ProblemType<PodPackingInstance, ?> problemType() {
        return PodPackingProblem.TYPE;
    }

    @Override
    public String description() {
        return "sched4j's compact pod packing scenario (JSON: nodes with labels, taints and GPUs; pods with requests, "
                + "priority, current node and scheduling rules; disruption budgets)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return InstanceFormat.extension(fileName).equals("json") && head.contains("\"" + MARKER + "\"");
    }

    @Override
    public List<ParsedInstance<PodPackingInstance>> read(Reader reader, String sourceName) {
        JsonSource source = JsonSource.read(reader, sourceName);
        PodPackingInstance instance = new PodPackingJsonReader(source).instance(InstanceFormat.baseName(sourceName));
        return List.of(new ParsedInstance<>(instance.name(), instance, BestKnown.unknown(instance.name())));
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Writes {@code instance}, one node, pod or budget per line. */
    @Override
    public void write(PodPackingInstance instance, Writer writer) throws IOException {
        PodPackingJsonWriter.write(instance, writer);
    }
}
