package org.sched4j.localsearch.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.Random;
import org.assertj.core.data.Offset;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sched4j.api.Evaluation;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * Timefold's score of a plan agrees with the evaluator: hard score 0 exactly when the evaluator finds the plan valid
 * (the plan keeping to the value ranges), the tier levels, the soft penalty and the GPU fragmentation equal to the
 * objective's.
 */
class PodPackingConstraintsTest {

    private static SolutionManager<PodPackingPlan, BendableScore> scores;

    private static synchronized SolutionManager<PodPackingPlan, BendableScore> scores() {
        if (scores == null) {
            scores = SolutionManager.create(SolverFactory.create(new SolverConfig()
                    .withSolutionClass(PodPackingPlan.class)
                    .withEntityClasses(PodAssignment.class)
                    .withConstraintProviderClass(PodPackingConstraints.class)));
        }
        return scores;
    }

    @Test
    void scoresRandomPlansOfRuleCarryingClustersAsTheEvaluatorDoes() {
        int valid = 0;
        Set<String> soleViolationKinds = new TreeSet<>();
        double fragmentation = 0;
        for (long seed = 1; seed <= 4; seed++) {
            PodPackingInstance instance = PodPackingScenarios.ruleCarryingCluster(14, seed);
            valid += scoreRandomPlans(instance, seed, soleViolationKinds);
            fragmentation += PodPackingEvaluator.gpuFragmentation(instance, instance.currentPlacement());
        }
        assertThat(valid).as("valid plans among the random ones").isPositive();
        assertThat(fragmentation).as("GPU fragmentation of the current placements").isPositive();
        assertThat(soleViolationKinds).as("the rules some plan breaks alone")
                .contains("cpu", "gpu", "pod-anti-affinity", "pod-affinity", "topology-spread", "disruption-budget");
    }

    /** Scores random changes of the current placement; the valid ones. */
    private static int scoreRandomPlans(PodPackingInstance instance, long seed, Set<String> soleViolationKinds) {
        Random random = new Random(seed);
        int valid = 0;
        for (int round = 0; round < 40; round++) {
            PodPackingPlan plan = PodPackingPlanConversion.toPlan(instance, instance.currentPlacement());
            int changes = 1 + random.nextInt(round < 30 ? 2 : 40);
            for (int change = 0; change < changes; change++) {
                PodAssignment pod = plan.getPods().get(random.nextInt(plan.getPods().size()));
                if (!pod.isPinned()) {
                    int choice = random.nextInt(pod.getAllowedNodes().size() + 1);
                    pod.setNode(choice == pod.getAllowedNodes().size() ? null : pod.getAllowedNodes().get(choice));
                }
            }
            Evaluation evaluation = assertScoredAsTheEvaluatorDoes(instance, plan);
            valid += evaluation.isFeasible() ? 1 : 0;
            Set<String> kinds = new TreeSet<>();
            evaluation.violations().forEach(violation -> kinds.add(violation.substring(0, violation.indexOf(':'))));
            if (kinds.size() == 1) {
                soleViolationKinds.addAll(kinds);
            }
        }
        return valid;
    }

    /** Asserts the levels of Timefold's score of {@code plan} against the evaluator; the evaluation. */
    static Evaluation assertScoredAsTheEvaluatorDoes(PodPackingInstance instance, PodPackingPlan plan) {
        BendableScore score = scores().update(plan);
        PodPlacement placement = PodPackingPlanConversion.toPlacement(instance, plan);
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(instance, placement);
        assertThat(score.hardScore(0) == 0).as(evaluation.summary() + " / " + score)
                .isEqualTo(evaluation.isFeasible());
        PodPackingObjective objective = PodPackingEvaluator.objective(instance, placement);
        assertThat(objective.tiers().size()).isLessThanOrEqualTo(PodPackingConstraints.TIER_LEVELS);
        for (int t = 0; t < objective.tiers().size(); t++) {
            assertThat(-score.softScore(2 * t)).as("unplaced of tier " + t)
                    .isEqualTo(objective.tiers().get(t).unplaced());
            assertThat(-score.softScore(2 * t + 1)).as("disruption of tier " + t)
                    .isEqualTo(objective.tiers().get(t).disruption());
        }
        assertThat(-score.softScore(PodPackingConstraints.PREFERENCE_LEVEL)).as("soft penalty")
                .isEqualTo(objective.softPenalty());
        assertThat(-score.softScore(PodPackingConstraints.FRAGMENTATION_LEVEL) / NodeSlot.FRAGMENTATION_SCALE / 1000)
                .as("GPU fragmentation in GPUs").isCloseTo(objective.gpuFragmentation(),
                        Offset.offset(instance.nodeCount() * 1e-6));
        return evaluation;
    }
}
