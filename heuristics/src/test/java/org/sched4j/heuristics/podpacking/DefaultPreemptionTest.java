package org.sched4j.heuristics.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sched4j.heuristics.podpacking.TinyClusters.app;
import static org.sched4j.heuristics.podpacking.TinyClusters.kubeDefault;
import static org.sched4j.heuristics.podpacking.TinyClusters.selects;
import static org.sched4j.heuristics.podpacking.TinyClusters.zoned;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;

class DefaultPreemptionTest {

    private static final String ZONE = ClusterNode.ZONE_LABEL;
    private static final String HOST = ClusterNode.HOSTNAME_LABEL;

    private static Pod running(String name, long cpu, int priority, String app, int node) {
        return new Pod(name, cpu, TinyClusters.POD_MEMORY, priority, node, false).withScheduling(app(app));
    }

    private static Pod pending(String name, long cpu, int priority, String app) {
        return Pod.pending(name, cpu, TinyClusters.POD_MEMORY, priority).withScheduling(app(app));
    }

    private static DisruptionBudget budget(String app, int allowed) {
        return new DisruptionBudget("default/" + app, "default", selects(app), allowed);
    }

    /** a: A (priority 2, 100 m) and B (priority 1, 900 m) of app x; b: C (priority 3, 1000 m) of app y. */
    private static PodPackingInstance crowded(List<DisruptionBudget> budgets) {
        return new PodPackingInstance("crowded", List.of(zoned("a", 1000, "z1"), zoned("b", 1000, "z2")), List.of(
                running("A", 100, 2, "x", 0), running("B", 900, 1, "x", 0), running("C", 1000, 3, "y", 1),
                pending("P", 900, 10, "p")), budgets, List.of());
    }

    @Test
    void preemptsTheNodeWithTheLowestVictimsWithoutBudgets() {
        // On a, A is reprieved and B (priority 1) is the victim; on b the victim C has priority 3.
        assertThat(kubeDefault(crowded(List.of()))).containsExactly(0, -1, 1, 0);
    }

    @Test
    void picksTheCandidateWithTheFewestBudgetViolationsFirst() {
        // Budget x allows 1: A uses it, so B is a violating victim on a; b's victim C violates nothing and wins.
        assertThat(kubeDefault(crowded(List.of(budget("x", 1))))).containsExactly(0, 0, -1, 1);
    }

    @Test
    void takesNoCandidateWhoseVictimsOverdrawABudget() {
        // Budget x allows none: a is no candidate even as a last resort, so b is chosen; with y closed too, P waits.
        assertThat(kubeDefault(crowded(List.of(budget("x", 0))))).containsExactly(0, 0, -1, 1);
        assertThat(kubeDefault(crowded(List.of(budget("x", 0), budget("y", 0))))).containsExactly(0, 0, 1, -1);
    }

    @Test
    void evictsThePodsThePreemptorsAntiAffinityExcludesAndReprievesTheRest() {
        // Resources alone would evict the 500 m filler and keep the web pod; the anti-affinity makes the web pod the
        // victim, and then the filler fits beside the preemptor.
        Pod web = running("web", 100, 0, "web", 0);
        Pod filler = running("filler", 500, 0, "filler", 0);
        Pod plain = pending("P", 500, 10, "p");
        Pod avoiding = plain.withScheduling(app("p").withPodAntiAffinity(
                List.of(PodAffinityTerm.of(selects("web"), HOST)), List.of()));
        List<ClusterNode> nodes = List.of(zoned("a", 1000, "z1"));
        assertThat(kubeDefault(new PodPackingInstance("plain", nodes, List.of(web, filler, plain))))
                .containsExactly(0, -1, 0);
        assertThat(kubeDefault(new PodPackingInstance("avoiding", nodes, List.of(web, filler, avoiding))))
                .containsExactly(-1, 0, 0);
    }

    @Test
    void keepsTheOnlyPodARequiredAffinityOfAnEarlierPlacementReliesOn() {
        // X (priority 5) joins the db pod Y in z1. P (priority 3) then fits nowhere. Evicting Y from a makes room and
        // would win the tie-break (its victim was created after G), but X relies on Y: G on b is evicted instead.
        Pod g = running("G", 600, 0, "batch", 1);
        Pod y = running("Y", 450, 0, "db", 0);
        Pod f = running("F", 100, 0, "batch", 0);
        Pod x = pending("X", 200, 5, "api").withScheduling(app("api").withPodAffinity(
                List.of(PodAffinityTerm.of(selects("db"), ZONE)), List.of()));
        Pod p = pending("P", 700, 3, "p");
        List<ClusterNode> nodes = List.of(zoned("a", 1000, "z1"), zoned("b", 1000, "z2"));
        assertThat(kubeDefault(new PodPackingInstance("support", nodes, List.of(g, y, f, x, p))))
                .containsExactly(-1, 0, 0, 0, 1);
        Pod freeX = pending("X", 200, 5, "api");
        assertThat(kubeDefault(new PodPackingInstance("no-support", nodes, List.of(g, y, f, freeX, p))))
                .containsExactly(1, -1, 0, 0, 0);
    }

    @Test
    void reprievesTheOnlySupportOfAnEarlierPlacementWhenThePreemptorLetsIt() {
        // Taking every lower pod off a would leave X without its db pod Y; reprieving Y first keeps it, and F alone
        // makes room for P. b is held by a pod of higher priority.
        Pod h = running("H", 1000, 10, "system", 1);
        Pod y = running("Y", 100, 0, "db", 0);
        Pod f = running("F", 600, 0, "batch", 0);
        Pod x = pending("X", 200, 5, "api").withScheduling(app("api").withPodAffinity(
                List.of(PodAffinityTerm.of(selects("db"), ZONE)), List.of()));
        Pod p = pending("P", 600, 3, "p");
        List<ClusterNode> nodes = List.of(zoned("a", 1000, "z1"), zoned("b", 1000, "z2"));
        assertThat(kubeDefault(new PodPackingInstance("reprieve", nodes, List.of(h, y, f, x, p))))
                .containsExactly(1, 0, -1, 0, 0);
    }
}
