package org.sched4j.heuristics.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/** Each rule picks the operation its definition names, whatever the builder. */
class DispatchRuleTest {

    /**
     * Five jobs whose first operations all wait for machine 0 at time 0, so both builders offer all five and the
     * operation started at 0 on machine 0 is the rule's pick. Per first operation: duration, work remaining,
     * operations remaining, flow due date / work remaining.
     */
    private static final JobShopInstance FIVE_CANDIDATES = JobShopInstance.of("five-candidates", 3,
            new int[][] {{0, 1}, {0, 1}, {0, 1, 2, 1}, {0}, {0, 2}},
            new int[][] {
                {1, 1},        // job 0: p 1, work 2,  2 operations, ratio 1/2
                {6, 14},       // job 1: p 6, work 20, 2 operations, ratio 6/20
                {3, 1, 1, 1},  // job 2: p 3, work 6,  4 operations, ratio 3/6
                {8},           // job 3: p 8, work 8,  1 operation,  ratio 1
                {2, 8}});      // job 4: p 2, work 10, 2 operations, ratio 2/10

    @ParameterizedTest(name = "{0} with the {1} builder picks job {2}")
    @CsvSource({
        "SPT, NON_DELAY, 0", "SPT, ACTIVE, 0",
        "LPT, NON_DELAY, 3", "LPT, ACTIVE, 3",
        "MWKR, NON_DELAY, 1", "MWKR, ACTIVE, 1",
        "MOPNR, NON_DELAY, 2", "MOPNR, ACTIVE, 2",
        "FDD_MWKR, NON_DELAY, 4", "FDD_MWKR, ACTIVE, 4",
        "FIFO, NON_DELAY, 0", "FIFO, ACTIVE, 0"})
    void picksTheCandidateItsDefinitionNames(DispatchRule rule, ScheduleBuilder builder, int expectedJob) {
        JobShopSchedule schedule = JobShopDispatcher.schedule(FIVE_CANDIDATES, rule, builder, 0);

        int[] startedFirst = IntStream.range(0, FIVE_CANDIDATES.jobCount())
                .filter(job -> schedule.start(job, 0) == 0).toArray();
        assertThat(startedFirst).containsExactly(expectedJob);
    }

    @ParameterizedTest
    @EnumSource(ScheduleBuilder.class)
    void fifoServesTheOperationThatBecameReadyFirst(ScheduleBuilder builder) {
        // Machine 0 is busy with job 2 until 6; job 1's second operation is ready at 2, job 0's at 4.
        JobShopInstance instance = JobShopInstance.of("fifo", 3,
                new int[][] {{1, 0}, {2, 0}, {0}}, new int[][] {{4, 1}, {2, 1}, {6}});

        JobShopSchedule schedule = JobShopDispatcher.schedule(instance, DispatchRule.FIFO, builder, 0);

        assertThat(schedule.start(1, 1)).isEqualTo(6);
        assertThat(schedule.start(0, 1)).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(value = DispatchRule.class, names = {"SPT", "LPT", "MWKR", "MOPNR", "FDD_MWKR"})
    void breaksTiesByTheSmallerJobIndex(DispatchRule rule) {
        // Two identical jobs compete for machine 0 at time 0.
        JobShopInstance instance = JobShopInstance.of("twins", 2,
                new int[][] {{0, 1}, {0, 1}}, new int[][] {{3, 2}, {3, 2}});

        JobShopSchedule schedule = JobShopDispatcher.schedule(instance, rule, ScheduleBuilder.NON_DELAY, 0);

        assertThat(schedule.start(0, 0)).isZero();
        assertThat(schedule.start(1, 0)).isEqualTo(3);
    }

    @Test
    void randomRuleGivesTheSameScheduleForTheSameSeed() {
        JobShopInstance instance = TestInstances.jsplib("ft06");

        for (ScheduleBuilder builder : ScheduleBuilder.values()) {
            assertThat(JobShopDispatcher.schedule(instance, DispatchRule.RANDOM, builder, 7))
                    .isEqualTo(JobShopDispatcher.schedule(instance, DispatchRule.RANDOM, builder, 7));
        }
    }

    @Test
    void randomRuleGivesDifferentSchedulesForDifferentSeeds() {
        JobShopInstance instance = TestInstances.jsplib("ft06");

        long distinct = IntStream.range(0, 10)
                .mapToObj(seed -> JobShopDispatcher.schedule(instance, DispatchRule.RANDOM,
                        ScheduleBuilder.NON_DELAY, seed))
                .distinct().count();

        assertThat(distinct).isGreaterThan(5);
    }

    @Test
    void idsAreLowerCaseWithHyphens() {
        assertThat(DispatchRule.FDD_MWKR.id()).isEqualTo("fdd-mwkr");
        assertThat(DispatchRule.MWKR.id() + ScheduleBuilder.ACTIVE.idSuffix()).isEqualTo("mwkr-active");
        assertThat(DispatchRule.MWKR.id() + ScheduleBuilder.NON_DELAY.idSuffix()).isEqualTo("mwkr");
    }
}
