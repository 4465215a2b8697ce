package org.sched4j.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RcpspInstanceTest {

    static Activity activity(int duration, int... demands) {
        return new Activity("a", duration, java.util.Arrays.stream(demands).boxed().toList());
    }

    @Test
    void rejectsCyclicPrecedenceNamingTheCycle() {
        List<Activity> activities = List.of(activity(1, 0), activity(1, 0), activity(1, 0), activity(1, 0));
        List<Precedence> precedences = List.of(Precedence.of(0, 1), Precedence.of(1, 2), Precedence.of(2, 3),
                Precedence.of(3, 1));
        assertThatThrownBy(() -> RcpspInstance.of("cyclic", List.of(new Resource("R1", 1)), activities, precedences))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the precedences form a cycle: 1 -> 2 -> 3 -> 1");
    }

    @Test
    void rejectsUnknownActivityAndDemandCountMismatch() {
        List<Resource> resources = List.of(new Resource("R1", 1));
        assertThatThrownBy(() -> RcpspInstance.of("x", resources, List.of(activity(1, 0)), List.of(Precedence.of(0, 4))))
                .hasMessageContaining("names activity 4");
        assertThatThrownBy(() -> RcpspInstance.of("x", resources, List.of(activity(1, 0, 1)), List.of()))
                .hasMessageContaining("activity 0 has 2 demands but the instance has 1 resources");
    }

    @Test
    void criticalPathFollowsLagsAndReleases() {
        List<Activity> activities = List.of(activity(3, 0), activity(2, 0), activity(4, 0));
        RcpspInstance instance = new RcpspInstance("cp", List.of(new Resource("R1", 1)), activities,
                List.of(new Precedence(0, 1, 2), Precedence.of(1, 2)), List.of(), List.of(new TimeWindow(2, 9, 20)),
                List.of());
        assertThat(RcpspCriticalPath.earliestStarts(instance)).containsExactly(0, 5, 9);
        assertThat(RcpspCriticalPath.length(instance)).isEqualTo(13);
        assertThat(RcpspCriticalPath.latestStarts(instance, 13)).containsExactly(2, 7, 9);
    }

    @Test
    void availabilitySubtractsOverlappingDowntimesDownToZero() {
        RcpspInstance instance = new RcpspInstance("down", List.of(new Resource("R1", 5)), List.of(activity(1, 1)),
                List.of(), List.of(new Downtime(0, 2, 6, 2), new Downtime(0, 4, 8, 4)), List.of(), List.of());
        ResourceAvailability availability = ResourceAvailability.of(instance);
        assertThat(availability.capacityAt(0, 1)).isEqualTo(5);
        assertThat(availability.capacityAt(0, 2)).isEqualTo(3);
        assertThat(availability.capacityAt(0, 5)).isEqualTo(0);
        assertThat(availability.capacityAt(0, 7)).isEqualTo(1);
        assertThat(availability.capacityAt(0, 8)).isEqualTo(5);
        assertThat(availability.lastChange()).isEqualTo(8);
        assertThat(availability.reducedStretches(0)).hasSize(3);
    }
}
