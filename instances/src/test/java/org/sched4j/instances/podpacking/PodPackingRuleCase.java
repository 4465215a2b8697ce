package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.TierOutcome;

/**
 * The hand-made scheduling-rule cases of {@code src-test-data/podpacking/rules/<kind>/}: a {@code kubectl} folder
 * ({@code nodes.json}, {@code pods.json}, optionally {@code pdb.json}) in which the obvious placement (the emptiest
 * node, the node that fits by CPU and memory) breaks the rule of that kind, and an {@code expected.json} with the
 * best plan's tiers, one plan that reaches them, and the obvious plan with the kind of rule it breaks. Public in the
 * test jar, for every solver's tests.
 *
 * @param kind             the folder's name
 * @param instance         the scenario
 * @param tiers            the best plan's outcome per tier, highest priority first
 * @param placement        a plan reaching {@code tiers}
 * @param obviousPlacement the obvious plan
 * @param obviousViolates  the kind of rule the obvious plan breaks (the evaluator's violation prefix)
 */
public record PodPackingRuleCase(String kind, PodPackingInstance instance, List<Tier> tiers, PodPlacement placement,
                                 PodPlacement obviousPlacement, String obviousViolates) {

    /**
     * One tier of the expected objective.
     *
     * @param priority   the tier's priority
     * @param placed     its pods placed
     * @param disruption its disruption (1 per eviction, 2 per move)
     */
    public record Tier(int priority, int placed, int disruption) {

        /** The tier of an objective, for comparison. */
        public static Tier of(TierOutcome outcome) {
            return new Tier(outcome.priority(), outcome.placed(), outcome.disruption());
        }
    }

    /** The kinds, one folder each, in name order. */
    public static List<String> kinds() {
        try (Stream<Path> folders = Files.list(PodPackingTestFiles.testData("rules"))) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case of folder {@code kind}. */
    public static PodPackingRuleCase read(String kind) {
        Path folder = PodPackingTestFiles.testData("rules", kind);
        PodPackingInstance instance = new KubectlJsonFormat().read(folder).getFirst().instance();
        JsonNode expected;
        try {
            expected = new ObjectMapper().readTree(folder.resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Tier> tiers = new ArrayList<>();
        for (JsonNode tier : expected.get("tiers")) {
            tiers.add(new Tier(tier.get("priority").asInt(), tier.get("placed").asInt(),
                    tier.get("disruption").asInt()));
        }
        return new PodPackingRuleCase(kind, instance, tiers, plan(instance, expected.get("placement")),
                plan(instance, expected.get("obvious_placement")), expected.get("obvious_violates").asText());
    }

    /** The tiers of {@code objective}, for comparison with {@link #tiers()}. */
    public static List<Tier> tiersOf(PodPackingObjective objective) {
        return objective.tiers().stream().map(Tier::of).toList();
    }

    private static PodPlacement plan(PodPackingInstance instance, JsonNode nodeOfPod) {
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            nodeIndex.put(instance.nodes().get(n).name(), n);
        }
        int[] nodes = new int[instance.podCount()];
        for (int p = 0; p < nodes.length; p++) {
            JsonNode node = nodeOfPod.get(instance.pods().get(p).name());
            if (node == null) {
                throw new IllegalArgumentException("expected.json names no node for pod " + instance.pods().get(p)
                        .name());
            }
            nodes[p] = node.isNull() ? Pod.PENDING : nodeIndex.get(node.asText());
        }
        return new PodPlacement(nodes);
    }

    @Override
    public String toString() {
        return kind;
    }
}
