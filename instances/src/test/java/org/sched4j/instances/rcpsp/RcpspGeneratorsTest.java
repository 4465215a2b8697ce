package org.sched4j.instances.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgrapht.alg.TransitiveReduction;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;
import org.sched4j.rcpsp.RcpspInstance;

class RcpspGeneratorsTest {

    private static RConstraintBenchGenerator.Settings settings(int downtimes, int windows, int pairs, long seed) {
        return new RConstraintBenchGenerator.Settings("rcb", 20, 3, 25, 8, 6, downtimes, windows, pairs, seed);
    }

    @Test
    void sameSettingsGiveTheSameInstanceAndLayersSwitchOnOneByOne() {
        RcpspInstance plain = RConstraintBenchGenerator.generate(settings(0, 0, 0, 7));
        assertThat(RConstraintBenchGenerator.generate(settings(0, 0, 0, 7))).isEqualTo(plain);
        assertThat(plain.hasExtensions()).isFalse();
        assertThat(plain.precedences()).hasSize(25);
        RcpspInstance layered = RConstraintBenchGenerator.generate(settings(2, 4, 3, 7));
        assertThat(layered.activities()).isEqualTo(plain.activities());
        assertThat(layered.precedences()).isEqualTo(plain.precedences());
        assertThat(layered.downtimes()).hasSize(2);
        assertThat(layered.windows()).hasSize(4);
        assertThat(layered.disjunctivePairs()).hasSize(3);
    }

    @Test
    void precedencesAreNonRedundant() {
        RcpspInstance instance = RConstraintBenchGenerator.generate(settings(0, 0, 0, 3));
        var graph = new SimpleDirectedGraph<Integer, DefaultEdge>(DefaultEdge.class);
        for (int i = 0; i < instance.activityCount(); i++) {
            graph.addVertex(i);
        }
        instance.precedences().forEach(p -> graph.addEdge(p.predecessor(), p.successor()));
        TransitiveReduction.INSTANCE.reduce(graph);
        assertThat(graph.edgeSet()).hasSize(instance.precedences().size());
    }

    @Test
    void migrationHasItsStepsCrewsMaintenanceAndClusters() {
        RcpspInstance migration = DataCentreMigrationGenerator.generate("m", 6, 2, 3, 1);
        assertThat(migration.activityCount()).isEqualTo(24);
        assertThat(migration.activity(2).name()).isEqualTo("cut over s0");
        assertThat(migration.capacity(0)).isEqualTo(2);
        assertThat(migration.downtimes()).hasSize(3);
        assertThat(migration.windows()).hasSize(6);
        assertThat(migration.disjunctivePairs()).hasSize(6);
        assertThat(migration.precedences()).anyMatch(p -> p.lag() == 1);
        assertThatThrownBy(() -> DataCentreMigrationGenerator.generate("m", 0, 2, 3, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
