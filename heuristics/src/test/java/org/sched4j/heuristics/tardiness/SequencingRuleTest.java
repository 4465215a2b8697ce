package org.sched4j.heuristics.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solvers;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * Every rule on one hand-worked 5-job instance: p = (8, 6, 3, 2, 8), d = (10, 18, 19, 18, 13), weights 1 (and
 * w = (3, 1, 2, 1, 2) for the weighted rules). Its optimum is 14.
 */
class SequencingRuleTest {

    private static final int[] P = {8, 6, 3, 2, 8};
    private static final int[] D = {10, 18, 19, 18, 13};
    private static final TardinessInstance FIVE = TardinessInstance.of("five", P, D);
    private static final TardinessInstance WEIGHTED = TardinessInstance.of("weighted", P, D,
            new int[] {3, 1, 2, 1, 2}, new int[5]);

    /*
     * EDD: due dates 10 (j0), 13 (j4), 18 (j1), 18 (j3), 19 (j2), ties by job number: 0 4 1 3 2, tardiness
     * 0 + 3 + 4 + 6 + 8 = 21.
     * SPT: 3 2 1 0 4. MDD: t=0 max(d, t+p) = 10, 18, 19, 18, 13 -> j0; t=8: j4 max(13, 16) = 16 is least; t=16:
     * j3 18 (j1 22, j2 19); t=18: j2 21 < j1 24: 0 4 3 2 1, tardiness 14.
     * EDDC: SPT order 3 2 1 0 4; i=2 swaps j1 before j2 (19 > 5); i=3 walks j0 down past j2 (19 > 11), j1 (18 > 8)
     * and j3 (18 > 2); i=4: j4 stays after j2, whose due date 19 does not exceed 19: 0 3 1 2 4, tardiness 14.
     * MDDC: t=0 mu(j0) = 10·1.5 + 8/5.4 = 16.48 is least; ...: 0 3 2 1 4, tardiness 15.
     * Wilkerson-Irwin: 0 before 4 (p 8 <= 8), 4 before 3 (16 <= 18), 3 before 1 (p 2 <= 6), 2 before 1
     * (24 > 19, p 6 > 3), and 3 before 2 stands: 0 4 3 2 1.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            edd                       | 0 4 1 3 2 | 21
            spt                       | 3 2 1 0 4 | 23
            mdd                       | 0 4 3 2 1 | 14
            eddc                      | 0 3 1 2 4 | 14
            mddc                      | 0 3 2 1 4 | 15
            wilkerson-irwin           | 0 4 3 2 1 | 14
            edd-augmented             | 0 3 1 2 4 | 14
            spt-augmented             | 3 2 0 1 4 | 18
            mddc-augmented            | 0 3 1 2 4 | 14
            """)
    void sequencesTheHandWorkedInstance(String rule, String sequence, int tardiness) {
        SolveResult<JobSequence> result = solve(rule, FIVE);

        assertThat(result.solution()).isEqualTo(JobSequence.of(parse(sequence)));
        assertThat(result.objective()).isEqualTo(tardiness);
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
    }

    /* WSPT: p/w = 2.67, 6, 1.5, 2, 4 -> 2 3 0 4 1. ATC (k = 2) at t = 0 prefers j0 (w/p 0.375, slack 2). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wspt | 2 3 0 4 1
            atc  | 0 2 3 4 1
            """)
    void sequencesTheWeightedInstance(String rule, String sequence) {
        assertThat(solve(rule, WEIGHTED).solution()).isEqualTo(JobSequence.of(parse(sequence)));
    }

    @Test
    void bestRuleIsNoWorseThanAnyRuleAndProvesAZeroOptimum() {
        assertThat(solve("best-rule", FIVE).objective()).isEqualTo(14);
        TardinessInstance loose = TardinessInstance.of("loose", new int[] {3, 2}, new int[] {10, 10});

        SolveResult<JobSequence> result = solve("best-rule", loose);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.bound()).isZero();
    }

    @Test
    void atcReadsItsLookAheadAndRejectsANonsense() {
        SolveOptions wide = SolveOptions.DEFAULT.parameters(Map.of(DynamicRule.K_PARAMETER, "50"));
        int[] order = DynamicRule.ATC.sequence(WEIGHTED, wide);
        assertThat(TardinessEvaluator.totalWeightedTardiness(WEIGHTED, order)).isPositive();

        SolveOptions wrong = SolveOptions.DEFAULT.parameters(Map.of(DynamicRule.K_PARAMETER, "-1"));
        assertThatThrownBy(() -> DynamicRule.ATC.sequence(WEIGHTED, wrong))
                .hasMessage("atc.k must be a positive number, got '-1'");
    }

    private static SolveResult<JobSequence> solve(String id, TardinessInstance instance) {
        SolveResult<JobSequence> result = Solvers.get(TardinessProblem.TYPE, id)
                .solve(instance, SolveOptions.DEFAULT);
        assertThat(result.isValid()).isTrue();
        return result;
    }

    private static int[] parse(String sequence) {
        return Arrays.stream(sequence.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
