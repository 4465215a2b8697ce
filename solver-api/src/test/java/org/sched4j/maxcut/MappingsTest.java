package org.sched4j.maxcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class MappingsTest {

    private static MaxCutInstance randomGraph(SplittableRandom random, int n) {
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < 0.4) {
                    edges.add(new int[] {i, j, random.nextInt(-5, 6)});
                }
            }
        }
        return MaxCutInstance.of("random", n, edges.stream().mapToInt(e -> e[0]).toArray(),
                edges.stream().mapToInt(e -> e[1]).toArray(), edges.stream().mapToInt(e -> e[2]).toArray());
    }

    private static IsingModel randomIsing(SplittableRandom random, int n) {
        IsingModel.Builder builder = IsingModel.builder(n).addConstant(random.nextInt(-3, 4));
        for (int i = 0; i < n; i++) {
            builder.addField(i, random.nextInt(-3, 4));
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < 0.5) {
                    builder.addCoupling(i, j, random.nextInt(-4, 5));
                }
            }
        }
        return builder.build();
    }

    private static byte[] randomSpins(SplittableRandom random, int n) {
        byte[] spins = new byte[n];
        for (int i = 0; i < n; i++) {
            spins[i] = random.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return spins;
    }

    @RepeatedTest(20)
    void maxCutToIsingPreservesTheObjectiveOfEveryCut(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        MaxCutInstance graph = randomGraph(random, 12);
        IsingModel ising = MaxCutIsingMapping.toIsing(graph);
        for (int trial = 0; trial < 20; trial++) {
            byte[] spins = randomSpins(random, 12);
            double cut = MaxCutEvaluator.cutWeight(graph, Cut.ofSpins(spins));

            assertThat(MaxCutIsingMapping.cutWeightOfEnergy(graph, ising.energy(spins))).isEqualTo(cut);
        }
    }

    @RepeatedTest(20)
    void isingToMaxCutPreservesTheEnergyOfEverySpinVector(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(100 + repetition.getCurrentRepetition());
        IsingModel ising = randomIsing(random, 10);
        MaxCutInstance graph = MaxCutIsingMapping.fromIsing(ising, "from-ising");
        assertThat(graph.vertexCount()).isEqualTo(11);
        for (int trial = 0; trial < 20; trial++) {
            byte[] withReference = randomSpins(random, 11);
            Cut cut = Cut.ofSpins(withReference);
            byte[] spins = MaxCutIsingMapping.spinsOfCut(ising, cut);
            double expected = ising.constant() + graph.totalWeight() - 2 * MaxCutEvaluator.cutWeight(graph, cut);

            assertThat(ising.energy(spins)).isEqualTo(expected);
        }
    }

    @Test
    void isingToMaxCutRejectsFractionalCouplings() {
        IsingModel ising = IsingModel.builder(2).addCoupling(0, 1, 0.5).build();

        assertThatThrownBy(() -> MaxCutIsingMapping.fromIsing(ising, "x"))
                .hasMessage("max-cut needs integral weights, but coupling (0,1) is 0.5");
    }

    @RepeatedTest(20)
    void quboAndIsingAgreeOnEveryAssignmentBothWays(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(200 + repetition.getCurrentRepetition());
        QuboModel.Builder builder = QuboModel.builder(9).addConstant(random.nextInt(-5, 6));
        for (int i = 0; i < 9; i++) {
            for (int j = i; j < 9; j++) {
                if (random.nextDouble() < 0.5) {
                    builder.addTerm(i, j, random.nextInt(-7, 8));
                }
            }
        }
        QuboModel qubo = builder.build();
        IsingModel ising = QuboIsingMapping.toIsing(qubo);
        QuboModel back = QuboIsingMapping.toQubo(ising);
        for (int trial = 0; trial < 30; trial++) {
            byte[] spins = randomSpins(random, 9);
            boolean[] x = QuboIsingMapping.assignmentOf(spins);

            assertThat(ising.energy(spins)).isEqualTo(qubo.value(x));
            assertThat(back.value(x)).isEqualTo(qubo.value(x));
        }
        assertThat(back.terms()).isEqualTo(qubo.terms());
    }

    @RepeatedTest(10)
    void isingToQuboPreservesTheEnergy(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(300 + repetition.getCurrentRepetition());
        IsingModel ising = randomIsing(random, 8);
        QuboModel qubo = QuboIsingMapping.toQubo(ising);
        for (int trial = 0; trial < 30; trial++) {
            byte[] spins = randomSpins(random, 8);

            assertThat(qubo.value(QuboIsingMapping.assignmentOf(spins))).isEqualTo(ising.energy(spins));
            assertThat(QuboIsingMapping.spinsOf(QuboIsingMapping.assignmentOf(spins))).isEqualTo(spins);
        }
    }

    @Test
    void couplingsAreSymmetricAndRepeatedTermsAddUp() {
        IsingModel ising = IsingModel.builder(3).addCoupling(0, 2, 1.5).addCoupling(2, 0, 1).addField(1, 2).build();

        assertThat(ising.coupling(0, 2)).isEqualTo(2.5);
        assertThat(ising.coupling(2, 0)).isEqualTo(2.5);
        assertThat(ising.coupling(0, 1)).isZero();
        assertThat(ising.energy(new byte[] {1, 1, -1})).isEqualTo(2.5 - 2);
    }
}
