package org.sched4j.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class JobShopCriticalPathTest {

    /** Job 0 = (m0,3) (m1,2); job 1 = (m1,4) (m0,1). */
    private static final JobShopInstance TWO_BY_TWO = JobShopInstance.of("two-by-two", 2,
            new int[][] {{0, 1}, {1, 0}}, new int[][] {{3, 2}, {4, 1}});

    @Test
    void followsAMachinePredecessorWhenTheJobPredecessorEndsEarlier() {
        JobShopSchedule schedule = JobShopSchedule.of(new int[][] {{0, 4}, {0, 4}});

        List<OperationRef> path = JobShopCriticalPath.of(TWO_BY_TWO, schedule);

        assertThat(path).containsExactly(new OperationRef(1, 0), new OperationRef(0, 1));
    }

    @Test
    void isTheWholeJobWhenOneJobRunsAlone() {
        JobShopInstance instance = JobShopInstance.of("one-job", 3, new int[][] {{2, 0, 1}}, new int[][] {{4, 1, 6}});

        List<OperationRef> path = JobShopCriticalPath.of(instance, JobShopSchedule.of(new int[][] {{0, 4, 5}}));

        assertThat(path).containsExactly(new OperationRef(0, 0), new OperationRef(0, 1), new OperationRef(0, 2));
    }

    @Test
    void prefersTheJobPredecessorWhenBothAreTight() {
        // Job 0 = (m0,2) (m1,3); job 1 = (m1,2). Job 1 runs on m1 during [0,2), job 0's first operation ends at 2 too.
        JobShopInstance instance = JobShopInstance.of("tie", 2, new int[][] {{0, 1}, {1}}, new int[][] {{2, 3}, {2}});

        List<OperationRef> path = JobShopCriticalPath.of(instance, JobShopSchedule.of(new int[][] {{0, 2}, {0}}));

        assertThat(path).containsExactly(new OperationRef(0, 0), new OperationRef(0, 1));
    }

    @Test
    void startsWhereTheChainBreaksWhenIdleTimeIsUnexplained() {
        JobShopInstance instance = JobShopInstance.of("late", 1, new int[][] {{0}}, new int[][] {{3}});

        List<OperationRef> path = JobShopCriticalPath.of(instance, JobShopSchedule.of(new int[][] {{5}}));

        assertThat(path).containsExactly(new OperationRef(0, 0));
    }

    @Test
    void choosesTheLastOperationWhoseChainReachesTimeZero() {
        // Job 0 = (m0,3) then idles before (m1,2); job 1 = (m1,3) (m0,3) is tight from 0 to 6; both end at 6.
        JobShopInstance instance = JobShopInstance.of("two-ends", 2, new int[][] {{0, 1}, {1, 0}},
                new int[][] {{3, 2}, {3, 3}});

        List<OperationRef> path = JobShopCriticalPath.of(instance, JobShopSchedule.of(new int[][] {{0, 4}, {0, 3}}));

        assertThat(path).containsExactly(new OperationRef(1, 0), new OperationRef(1, 1));
    }

    @Test
    void handlesZeroDurationOperationsWithoutLooping() {
        JobShopInstance instance = JobShopInstance.of("zeros", 1, new int[][] {{0, 0}, {0}, {0}},
                new int[][] {{2, 0}, {0}, {3}});

        List<OperationRef> path = JobShopCriticalPath.of(instance, JobShopSchedule.of(new int[][] {{0, 2}, {2}, {2}}));

        assertThat(path).first().isEqualTo(new OperationRef(0, 0));
        assertThat(path).last().isEqualTo(new OperationRef(2, 0));
        assertThat(path).doesNotHaveDuplicates();
    }

    @Test
    void rejectsAnInfeasibleScheduleWithTheViolation() {
        JobShopSchedule overlapping = JobShopSchedule.of(new int[][] {{0, 4}, {0, 2}});

        assertThatThrownBy(() -> JobShopCriticalPath.of(TWO_BY_TWO, overlapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("operation (1,1) starts at 2 before its predecessor ends at 4");
    }

    @RepeatedTest(20)
    void spansASemiActiveScheduleFromZeroToTheMakespanWithTightLinks() {
        Random random = new Random();
        JobShopInstance instance = randomInstance(random, 2 + random.nextInt(6), 2 + random.nextInt(5));
        JobShopSchedule schedule = semiActiveSchedule(instance, random);
        assertThat(JobShopProblem.TYPE.evaluate(instance, schedule).isFeasible()).isTrue();

        List<OperationRef> path = JobShopCriticalPath.of(instance, schedule);

        OperationRef first = path.getFirst();
        OperationRef last = path.getLast();
        assertThat(schedule.start(first.job(), first.operation())).isZero();
        assertThat(schedule.end(instance, last.job(), last.operation())).isEqualTo(schedule.makespan(instance));
        long durations = 0;
        for (int index = 0; index < path.size(); index++) {
            OperationRef operation = path.get(index);
            durations += instance.operation(operation.job(), operation.operation()).duration();
            if (index > 0) {
                OperationRef previous = path.get(index - 1);
                assertThat(schedule.end(instance, previous.job(), previous.operation()))
                        .isEqualTo(schedule.start(operation.job(), operation.operation()));
                boolean sameJob = previous.job() == operation.job() && previous.operation() == operation.operation() - 1;
                boolean sameMachine = instance.operation(previous.job(), previous.operation()).machine()
                        == instance.operation(operation.job(), operation.operation()).machine();
                assertThat(sameJob || sameMachine).as("link %s -> %s", previous, operation).isTrue();
            }
        }
        assertThat(durations).isEqualTo(schedule.makespan(instance));
    }

    private static JobShopInstance randomInstance(Random random, int jobs, int machines) {
        int[][] machineMatrix = new int[jobs][machines];
        int[][] durations = new int[jobs][machines];
        for (int j = 0; j < jobs; j++) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, machines).boxed().toList());
            Collections.shuffle(order, random);
            for (int k = 0; k < machines; k++) {
                machineMatrix[j][k] = order.get(k);
                durations[j][k] = 1 + random.nextInt(20);
            }
        }
        return JobShopInstance.of("random", machines, machineMatrix, durations);
    }

    /** Schedules the operations in a random job order, each as early as its job and its machine allow. */
    private static JobShopSchedule semiActiveSchedule(JobShopInstance instance, Random random) {
        int[][] starts = new int[instance.jobCount()][];
        int[] next = new int[instance.jobCount()];
        int[] jobReady = new int[instance.jobCount()];
        int[] machineReady = new int[instance.machineCount()];
        for (int j = 0; j < starts.length; j++) {
            starts[j] = new int[instance.job(j).operationCount()];
        }
        int remaining = instance.operationCount();
        while (remaining > 0) {
            int job = random.nextInt(instance.jobCount());
            if (next[job] == starts[job].length) {
                continue;
            }
            Operation operation = instance.operation(job, next[job]);
            int start = Math.max(jobReady[job], machineReady[operation.machine()]);
            starts[job][next[job]++] = start;
            jobReady[job] = start + operation.duration();
            machineReady[operation.machine()] = start + operation.duration();
            remaining--;
        }
        return JobShopSchedule.of(starts);
    }
}
