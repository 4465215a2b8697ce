package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;

class DisruptionBudgetSpecTest {

    private static final LabelSelector WEB = LabelSelector.of(Map.of("app", "web"));

    /** Four replicas of web in namespace shop, three running; one web pod in another namespace. */
    private static PodPackingInstance cluster() {
        PodScheduling web = PodScheduling.labelled("shop", Map.of("app", "web"));
        return new PodPackingInstance("c", List.of(new ClusterNode("n", 8000, 8L << 30, 110)), List.of(
                Pod.pending("shop/web-0", 100, 1, 0).at(0, false).withScheduling(web),
                Pod.pending("shop/web-1", 100, 1, 0).at(0, false).withScheduling(web),
                Pod.pending("shop/web-2", 100, 1, 0).at(0, false).withScheduling(web),
                Pod.pending("shop/web-3", 100, 1, 0).withScheduling(web),
                Pod.pending("other/web-0", 100, 1, 0).at(0, false).withScheduling(web.withNamespace("other"))));
    }

    @Test
    void maxUnavailableCountsTheScaleAsTheDisruptionControllerDoes() {
        DisruptionBudgetSpec spec = DisruptionBudgetSpec.maxUnavailable("shop", "web", WEB, 1, 4);
        // expected 4, desired healthy 4 - 1 = 3, healthy 3: nothing may be disrupted.
        assertThat(spec.status(cluster())).isEqualTo(new DisruptionBudgetSpec.Status(4, 3, 3, 0));
        assertThat(DisruptionBudgetSpec.maxUnavailable("shop", "web", WEB, 2, 4).status(cluster())
                .disruptionsAllowed()).isEqualTo(1);
        assertThat(spec.budget(cluster())).isEqualTo(new DisruptionBudget("shop/web", "shop", WEB, 0));
    }

    @Test
    void minAvailableCountsTheSelectedPods() {
        DisruptionBudgetSpec spec = DisruptionBudgetSpec.minAvailable("shop", "web", WEB, 2, 4);
        assertThat(spec.status(cluster())).isEqualTo(new DisruptionBudgetSpec.Status(4, 3, 2, 1));
        assertThat(DisruptionBudgetSpec.minAvailable("shop", "web", WEB, 5, 4).status(cluster())
                .disruptionsAllowed()).isZero();
    }

    @Test
    void aModelBudgetBecomesAMinAvailableWithTheSameAllowance() {
        DisruptionBudget budget = new DisruptionBudget("shop/web", "shop", WEB, 2);
        DisruptionBudgetSpec spec = DisruptionBudgetSpec.of(budget, cluster());
        assertThat(spec.name()).isEqualTo("web");
        assertThat(spec.minAvailable()).isEqualTo(1);
        assertThat(spec.budget(cluster())).isEqualTo(budget);
    }

    @Test
    void aBudgetWithoutSelectorSelectsNothing() {
        DisruptionBudgetSpec spec = DisruptionBudgetSpec.of(new DisruptionBudget("shop/none", "shop", null, 0),
                cluster());
        assertThat(spec.selector()).isNull();
        assertThat(spec.status(cluster())).isEqualTo(new DisruptionBudgetSpec.Status(0, 0, 0, 0));
    }

    @Test
    void needsExactlyOneOfMinAvailableAndMaxUnavailable() {
        assertThatThrownBy(() -> new DisruptionBudgetSpec("shop", "web", WEB, 1, 1, 4))
                .hasMessageContaining("exactly one");
    }
}
