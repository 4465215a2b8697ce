package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.Evaluation;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * The hand-made rule cases are what they claim: the plan of {@code expected.json} keeps every rule and reaches the
 * expected tiers, and the obvious plan breaks the rule the case is about.
 */
class PodPackingRuleCaseTest {

    static List<String> kinds() {
        return PodPackingRuleCase.kinds();
    }

    @Test
    void thereIsACaseForEveryKindOfRule() {
        assertThat(kinds()).containsExactly("disruption-budget", "gpu", "gpu-model", "node-affinity", "node-selector",
                "pod-affinity", "pod-anti-affinity", "pod-anti-affinity-zone", "taint", "topology-spread",
                "unschedulable");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theExpectedPlanKeepsEveryRuleAndReachesTheExpectedTiers(String kind) {
        PodPackingRuleCase rules = PodPackingRuleCase.read(kind);
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(rules.instance(), rules.placement());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(PodPackingRuleCase.tiersOf(PodPackingEvaluator.objective(rules.instance(), rules.placement())))
                .isEqualTo(rules.tiers());
        assertThat(rules.instance().unsupported()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theObviousPlanBreaksTheRuleOfItsCase(String kind) {
        PodPackingRuleCase rules = PodPackingRuleCase.read(kind);
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(rules.instance(), rules.obviousPlacement());
        assertThat(evaluation.violations()).isNotEmpty()
                .allMatch(violation -> violation.startsWith(rules.obviousViolates() + ":"));
    }
}
