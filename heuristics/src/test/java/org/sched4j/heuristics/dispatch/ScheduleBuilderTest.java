package org.sched4j.heuristics.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.Evaluation;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/** The builders give feasible schedules of the kind they promise: active, and non-delay for the non-delay builder. */
class ScheduleBuilderTest {

    static List<Arguments> everyRuleBuilderAndInstance() {
        List<Arguments> arguments = new ArrayList<>();
        for (String instance : List.of(TestInstances.MIXED_SHOP.name(), "ft06", "la01")) {
            for (DispatchRule rule : DispatchRule.values()) {
                for (ScheduleBuilder builder : ScheduleBuilder.values()) {
                    arguments.add(Arguments.of(instance, rule, builder));
                }
            }
        }
        return arguments;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyRuleBuilderAndInstance")
    void buildsFeasibleActiveSchedules(String name, DispatchRule rule, ScheduleBuilder builder) {
        JobShopInstance instance = TestInstances.load(name);

        JobShopSchedule schedule = JobShopDispatcher.schedule(instance, rule, builder, 3);

        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, schedule);
        assertThat(evaluation.violations()).isEmpty();
        assertThat(ScheduleProperties.leftShiftableOperation(instance, schedule)).isEmpty();
    }

    static List<Arguments> everyRuleAndInstance() {
        return everyRuleBuilderAndInstance().stream()
                .filter(arguments -> arguments.get()[2] == ScheduleBuilder.NON_DELAY)
                .map(arguments -> Arguments.of(arguments.get()[0], arguments.get()[1]))
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRuleAndInstance")
    void nonDelayBuilderNeverIdlesAMachineThatCouldWork(String name, DispatchRule rule) {
        JobShopInstance instance = TestInstances.load(name);

        JobShopSchedule schedule = JobShopDispatcher.schedule(instance, rule, ScheduleBuilder.NON_DELAY, 3);

        assertThat(ScheduleProperties.delayedOperation(instance, schedule)).isEmpty();
    }

    @Test
    void activeBuilderMayIdleAMachineToServeAShorterOperationFirst() {
        // Job 0 needs machine 0 for 10; job 1 reaches machine 0 at time 1 with an operation of 1.
        JobShopInstance instance = JobShopInstance.of("wait-for-short", 2,
                new int[][] {{0}, {1, 0}}, new int[][] {{10}, {1, 1}});

        JobShopSchedule active = JobShopDispatcher.schedule(instance, DispatchRule.SPT, ScheduleBuilder.ACTIVE, 0);
        JobShopSchedule nonDelay = JobShopDispatcher.schedule(instance, DispatchRule.SPT,
                ScheduleBuilder.NON_DELAY, 0);

        assertThat(active.startTimes()).isEqualTo(new int[][] {{2}, {0, 1}});
        assertThat(ScheduleProperties.delayedOperation(instance, active)).isPresent();
        assertThat(ScheduleProperties.leftShiftableOperation(instance, active)).isEmpty();
        assertThat(nonDelay.startTimes()).isEqualTo(new int[][] {{0}, {0, 10}});
    }

    @ParameterizedTest
    @EnumSource(ScheduleBuilder.class)
    void startsZeroDurationOperationsWhenTheirJobIsReadyWithoutBlockingTheMachine(ScheduleBuilder builder) {
        // Job 1's zero-duration operation on machine 0 falls inside job 0's operation there.
        JobShopInstance instance = JobShopInstance.of("zero", 2,
                new int[][] {{0}, {1, 0, 1}, {0, 0}}, new int[][] {{5}, {2, 0, 1}, {0, 0}});

        JobShopSchedule schedule = JobShopDispatcher.schedule(instance, DispatchRule.MWKR, builder, 0);

        assertThat(schedule.startTimes()).isEqualTo(new int[][] {{0}, {0, 2, 2}, {0, 0}});
        assertThat(JobShopProblem.TYPE.evaluate(instance, schedule).isFeasible()).isTrue();
    }

    @Test
    void mixedShopWitnessMeetsTheLowerBound() {
        JobShopInstance instance = TestInstances.mixedShop();
        JobShopSchedule witness = JobShopSchedule.of(TestInstances.mixedShopOptimalStarts());

        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, witness);

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.objective()).isEqualTo(instance.trivialLowerBound())
                .isEqualTo(TestInstances.MIXED_SHOP.optimum());
    }

    @Test
    void activeCheckFindsAnOperationThatFitsAnEarlierGap() {
        // Machine 0: job 0 at [0,2), idle [2,6), job 1 at [6,9), job 2 at [9,11); job 2 fits at 2.
        JobShopInstance instance = JobShopInstance.of("gap", 2,
                new int[][] {{0}, {1, 0}, {0}}, new int[][] {{2}, {6, 3}, {2}});
        JobShopSchedule schedule = JobShopSchedule.of(new int[][] {{0}, {0, 6}, {9}});

        assertThat(ScheduleProperties.leftShiftableOperation(instance, schedule))
                .hasValueSatisfying(message -> assertThat(message).contains("(2,0)").contains("[2, 6)"));
    }

    @Test
    void activeCheckFindsAnOperationThatCouldSlideLeft() {
        JobShopInstance instance = JobShopInstance.of("slide", 1, new int[][] {{0}, {0}}, new int[][] {{2}, {2}});
        JobShopSchedule schedule = JobShopSchedule.of(new int[][] {{0}, {3}});

        assertThat(ScheduleProperties.leftShiftableOperation(instance, schedule))
                .hasValueSatisfying(message -> assertThat(message).contains("(1,0)").contains("could start at 2"));
    }

    @Test
    void nonDelayCheckFindsAMachineLeftIdle() {
        JobShopInstance instance = JobShopInstance.of("idle", 1, new int[][] {{0}, {0}}, new int[][] {{4}, {1}});
        JobShopSchedule schedule = JobShopSchedule.of(new int[][] {{2}, {0}});

        assertThat(ScheduleProperties.delayedOperation(instance, schedule))
                .hasValueSatisfying(message -> assertThat(message).contains("(0,0)").contains("idle at 1"));
    }
}
