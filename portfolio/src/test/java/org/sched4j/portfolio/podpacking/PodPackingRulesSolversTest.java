package org.sched4j.portfolio.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.podpacking.PodPackingRuleCase;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * Every registered pod packing solver on every hand-made rule case of {@code src-test-data/podpacking/rules/}: the
 * plan keeps every rule (the evaluator finds no violation) and reaches the case's expected tiers (pods placed and
 * disruption per priority), which a rule-respecting plan reaches while the obvious placement breaks the rule. The
 * cases are small (at most nine pods on three nodes): the time limit is generous, not tight.
 */
class PodPackingRulesSolversTest {

    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(20)).threads(2);

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    static Stream<Arguments> solversAndCases() {
        return Solvers.forProblem(PodPackingProblem.TYPE).stream().flatMap(solver -> PodPackingRuleCase.kinds()
                .stream().map(kind -> Arguments.of(Named.of(solver.id(), solver), kind)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("solversAndCases")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void keepsTheRuleAndReachesTheExpectedTiers(Solver<PodPackingInstance, PodPlacement> solver, String kind) {
        PodPackingRuleCase rules = PodPackingRuleCase.read(kind);
        SolveResult<PodPlacement> result = solver.solve(rules.instance(), OPTIONS);
        assertThat(result.hasSolution()).as("%s returned no plan, status %s", solver.id(), result.status()).isTrue();
        assertThat(result.evaluation().violations()).as("%s on %s", solver.id(), kind).isEmpty();
        assertThat(PodPackingRuleCase.tiersOf(PodPackingEvaluator.objective(rules.instance(), result.solution())))
                .as("%s on %s: tiers (priority, placed, disruption)", solver.id(), kind).isEqualTo(rules.tiers());
    }
}
