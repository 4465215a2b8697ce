package org.sched4j.localsearch.tardiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.instances.tardiness.TardinessGenerator;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

class DynasearchTest {

    @Test
    @Timeout(60)
    void descendsToASequenceThatNoSwapOrInsertionImprovesAndReportsItsTrueCost() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            TardinessInstance instance = TardinessGenerator.generate("g", 25, 0.6, 0.4, trial % 2 == 0, trial);
            int[] order = new int[25];
            for (int j = 0; j < order.length; j++) {
                order[j] = j;
            }
            for (int j = order.length - 1; j > 0; j--) {
                Moves.swap(order, j, random.nextInt(j + 1));
            }

            long cost = new Dynasearch(instance).descend(order, () -> false);

            assertThat(cost).isEqualTo(TardinessEvaluator.totalWeightedTardiness(instance, order));
            assertThat(bestNeighbour(instance, order)).isGreaterThanOrEqualTo(cost);
        }
    }

    @Test
    @Timeout(60)
    void leavesTheSequenceAsItWasWhenStoppedBeforeTheFirstStep() {
        for (boolean weighted : new boolean[] {false, true}) {
            TardinessInstance instance = TardinessGenerator.generate("g", 40, 0.6, 0.4, weighted, 3);
            int[] order = new int[40];
            for (int j = 0; j < order.length; j++) {
                order[j] = order.length - 1 - j;
            }
            int[] before = order.clone();

            long cost = new Dynasearch(instance).descend(order, () -> true);

            assertThat(order).isEqualTo(before);
            assertThat(cost).isEqualTo(TardinessEvaluator.totalWeightedTardiness(instance, before));
        }
    }

    private static long bestNeighbour(TardinessInstance instance, int[] order) {
        long best = Long.MAX_VALUE;
        for (int a = 0; a < order.length; a++) {
            for (int b = 0; b < order.length; b++) {
                if (a != b) {
                    int[] swapped = order.clone();
                    Moves.swap(swapped, a, b);
                    int[] inserted = order.clone();
                    Moves.insert(inserted, a, b);
                    best = Math.min(best, Math.min(TardinessEvaluator.totalWeightedTardiness(instance, swapped),
                            TardinessEvaluator.totalWeightedTardiness(instance, inserted)));
                }
            }
        }
        return best;
    }
}
