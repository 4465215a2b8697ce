package org.sched4j.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sched4j.rcpsp.RcpspInstanceTest.activity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.api.Evaluation;

class RcpspEvaluatorTest {

    /** Two activities of duration 3 needing 2 of R1 (capacity 3) each, then one after the first with lag 1. */
    private static RcpspInstance instance(List<Downtime> downtimes, List<TimeWindow> windows,
                                          List<DisjunctivePair> pairs) {
        return new RcpspInstance("small", List.of(new Resource("R1", 3)),
                List.of(activity(3, 2), activity(3, 2), activity(2, 1)), List.of(new Precedence(0, 2, 1)),
                downtimes, windows, pairs);
    }

    private static Evaluation evaluate(RcpspInstance instance, int... starts) {
        return RcpspProblem.TYPE.evaluate(instance, RcpspSchedule.of(starts));
    }

    @Test
    void acceptsFeasibleScheduleAndComputesMakespan() {
        Evaluation evaluation = evaluate(instance(List.of(), List.of(), List.of()), 0, 3, 4);
        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.objective()).isEqualTo(6);
    }

    @Test
    void namesCapacityAndLagViolations() {
        Evaluation evaluation = evaluate(instance(List.of(), List.of(), List.of()), 0, 1, 3);
        assertThat(evaluation.violations()).containsExactly(
                "activity 2 starts at 3 before its predecessor 0 ends at 3 plus its lag 1",
                "resource R1 over capacity at t=1: 4 > 3");
    }

    @Test
    void namesDowntimeWindowAndDisjunctiveViolations() {
        RcpspInstance instance = instance(List.of(new Downtime(0, 5, 7, 2)), List.of(new TimeWindow(1, 4, 5)),
                List.of(new DisjunctivePair(0, 1)));
        Evaluation evaluation = evaluate(instance, 2, 3, 6);
        assertThat(evaluation.violations()).containsExactly(
                "activity 1 starts at 3 before its release 4",
                "activity 1 ends at 6 after its deadline 5",
                "resource R1 over capacity at t=3: 4 > 3",
                "resource R1 over capacity at t=5: 2 > 1",
                "activities 0 and 1 may not overlap but run over [2, 5) and [3, 6)");
        assertThat(evaluation.objective()).isEqualTo(8);
    }

    @Test
    void rejectsWrongNumberOfStarts() {
        assertThat(evaluate(instance(List.of(), List.of(), List.of()), 0, 1).summary())
                .isEqualTo("the schedule has 2 start times but the instance has 3 activities");
    }
}
