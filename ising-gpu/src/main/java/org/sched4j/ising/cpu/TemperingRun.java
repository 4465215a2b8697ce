package org.sched4j.ising.cpu;

import java.util.SplittableRandom;
import org.sched4j.api.Deadline;

/**
 * Parallel tempering (replica exchange; Swendsen and Wang, "Replica Monte Carlo simulation of spin glasses", Phys.
 * Rev. Lett. 57, 1986; Hukushima and Nemoto, J. Phys. Soc. Jpn. 65, 1996): replicas at a geometric ladder of inverse
 * temperatures each do one Metropolis sweep per round, then neighbours on the ladder exchange temperatures with
 * probability {@code min(1, exp((β_a − β_b)(E_a − E_b)))}. The lowest energy met by any replica is kept and finished
 * by a greedy descent.
 */
final class TemperingRun {

    private final MetropolisReplica[] replicas;
    private final double[] ladder;
    private final int[] replicaAt;
    private final SplittableRandom random;
    private final byte[] best;
    private double bestEnergy;
    private final MetropolisReplica finisher;

    TemperingRun(ModelArrays arrays, double betaMin, double betaMax, int replicaCount, long seed) {
        this.random = new SplittableRandom(seed);
        this.replicas = new MetropolisReplica[replicaCount];
        this.ladder = new double[replicaCount];
        this.replicaAt = new int[replicaCount];
        for (int r = 0; r < replicaCount; r++) {
            replicas[r] = new MetropolisReplica(arrays, random.nextLong());
            ladder[r] = betaMin * Math.pow(betaMax / betaMin, (double) r / (replicaCount - 1));
            replicaAt[r] = r;
        }
        this.best = new byte[arrays.spinCount()];
        replicas[0].copySpinsTo(best);
        this.bestEnergy = replicas[0].energy();
        this.finisher = new MetropolisReplica(arrays, random.nextLong());
    }

    /**
     * Runs {@code rounds} rounds or until {@code deadline} is reached, which is checked before every sweep.
     *
     * @return the number of attempted spin updates
     */
    long run(int rounds, Deadline deadline) {
        long updates = 0;
        for (int round = 0; round < rounds; round++) {
            for (int position = 0; position < ladder.length; position++) {
                if (deadline.isReached()) {
                    return updates;
                }
                MetropolisReplica replica = replicas[replicaAt[position]];
                replica.sweep(ladder[position]);
                updates += replica.spinCount();
                if (replica.energy() < bestEnergy) {
                    bestEnergy = replica.energy();
                    replica.copySpinsTo(best);
                }
            }
            exchange(round % 2);
        }
        return updates;
    }

    private void exchange(int firstPosition) {
        for (int position = firstPosition; position + 1 < ladder.length; position += 2) {
            double energyHere = replicas[replicaAt[position]].energy();
            double energyAbove = replicas[replicaAt[position + 1]].energy();
            double exponent = (ladder[position] - ladder[position + 1]) * (energyHere - energyAbove);
            if (exponent >= 0 || random.nextDouble() < Math.exp(exponent)) {
                int swapped = replicaAt[position];
                replicaAt[position] = replicaAt[position + 1];
                replicaAt[position + 1] = swapped;
            }
        }
    }

    /** Descends from the best spins met, copies the result into {@code target} and returns its energy. */
    double bestSpins(byte[] target) {
        finisher.setSpins(best);
        finisher.descend();
        finisher.copySpinsTo(target);
        return finisher.energy();
    }
}
