package org.sched4j.localsearch.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.gpuNode;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.instance;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.node;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.pending;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.running;
import static org.sched4j.localsearch.podpacking.PodPackingScenarios.tainted;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;

class StartPlanTest {

    @Test
    void startsFromTheDefaultSchedulersPlanWhenItIsValid() {
        PodPackingInstance instance = instance(List.of(node("a", 2000), node("b", 2000)),
                List.of(running("r", 1000, 0, 0), pending("p", 1000, 0)));

        StartPlan start = StartPlan.of(instance);

        assertThat(start.source()).isEqualTo(StartPlan.Source.KUBE_DEFAULT);
        assertThat(start.valid()).isTrue();
        assertThat(start.placement().nodeOf(1)).isNotEqualTo(Pod.PENDING);
    }

    @Test
    void unplacesTheLowestPriorityPodsThatTakeWhatANodeLacksAndThoseATaintEvicts() {
        Taint evicting = new Taint("maintenance", "", TaintEffect.NO_EXECUTE);
        List<Pod> pods = List.of(
                new Pod("protected", 1000, PodPackingScenarios.GIB, 5, 0, true),
                running("low-first", 1000, 1, 0),
                running("low-later", 1000, 1, 0),
                running("evicted-by-taint", 100, 9, 1),
                running("gpu-high", 100, 9, 2).withGpu(GpuRequest.share(700)),
                running("gpu-low", 100, 0, 2).withGpu(GpuRequest.share(700)),
                running("cpu-only-lowest", 100, -1, 2),
                pending("pending", 100, 3));
        PodPackingInstance instance = instance(List.of(node("a", 2000), node("b", 8000, tainted(evicting)),
                gpuNode("c", 8000, 1, "A100")), pods);

        StartPlan start = StartPlan.of(instance);

        assertThat(StartPlan.withoutRuleBreakers(instance).nodes())
                .containsExactly(0, 0, Pod.PENDING, Pod.PENDING, 2, Pod.PENDING, 2, Pod.PENDING);
        assertThat(start.valid()).isTrue();
        assertThat(PodPackingProblem.TYPE.evaluate(instance, start.placement()).isFeasible()).isTrue();
    }

    @Test
    void evictsFromAnOverloadedNodeAPodWhoseBudgetAllowsItBeforeALowerPriorityOneWhoseBudgetIsSpent() {
        List<Pod> pods = List.of(
                running("web", 1000, 0, 0).withScheduling(PodPackingScenarios.app("web")),
                running("batch", 1000, 5, 0));
        PodPackingInstance instance = instance(List.of(node("a", 1000)), pods,
                List.of(new DisruptionBudget("default/web", "default", PodPackingScenarios.selectsApp("web"), 0)));

        assertThat(StartPlan.withoutRuleBreakers(instance).nodes()).containsExactly(0, Pod.PENDING);
        assertThat(StartPlan.of(instance).valid()).isTrue();
    }
}
