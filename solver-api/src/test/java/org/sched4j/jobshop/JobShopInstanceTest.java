package org.sched4j.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobShopInstanceTest {

    @Test
    void trivialLowerBoundIsTheLongerOfLongestJobAndBusiestMachine() {
        JobShopInstance instance = JobShopInstance.of("bound", 2,
                new int[][] {{0, 1}, {0, 1}, {0, 1}}, new int[][] {{5, 1}, {5, 1}, {1, 8}});

        assertThat(instance.trivialLowerBound()).isEqualTo(11);
        assertThat(instance.operationCount()).isEqualTo(6);
        assertThat(instance.totalDuration()).isEqualTo(21);
    }

    @Test
    void rejectsAMachineOutsideTheInstance() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JobShopInstance.of("bad", 2, new int[][] {{0, 2}}, new int[][] {{1, 1}}))
                .withMessage("operation (0,1) uses machine 2 but the instance has machines 0..1");
    }

    @Test
    void rejectsANegativeDuration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Operation(0, -3))
                .withMessage("duration must be at least 0, got -3");
    }

    @Test
    void rejectsAJobWithoutOperations() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Job(List.of()));
    }

    @Test
    void matricesAreCopies() {
        JobShopInstance instance = JobShopInstance.of("copy", 1, new int[][] {{0}}, new int[][] {{4}});
        instance.durationMatrix()[0][0] = 99;

        assertThat(instance.operation(0, 0).duration()).isEqualTo(4);
    }
}
