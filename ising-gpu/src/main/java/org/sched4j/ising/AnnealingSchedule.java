package org.sched4j.ising;

/**
 * A geometric inverse-temperature schedule for simulated annealing (Kirkpatrick, Gelatt and Vecchi, "Optimization by
 * simulated annealing", Science 220, 1983): sweep {@code k} of {@code sweeps} runs at
 * {@code β_k = betaStart · (betaEnd / betaStart)^(k / (sweeps − 1))}.
 *
 * @param betaStart the inverse temperature of the first sweep, positive
 * @param betaEnd   the inverse temperature of the last sweep, at least {@code betaStart}
 * @param sweeps    the number of sweeps (one attempted flip per spin each), at least 1
 */
public record AnnealingSchedule(double betaStart, double betaEnd, int sweeps) {

    public AnnealingSchedule {
        if (!(betaStart > 0) || !(betaEnd >= betaStart) || Double.isInfinite(betaEnd)) {
            throw new IllegalArgumentException("expected 0 < betaStart <= betaEnd, got " + betaStart + " and "
                    + betaEnd);
        }
        if (sweeps < 1) {
            throw new IllegalArgumentException("sweeps must be at least 1, got " + sweeps);
        }
    }

    /** The inverse temperature of sweep {@code sweep}, {@code 0 <= sweep < sweeps}. */
    public double beta(int sweep) {
        if (sweeps == 1) {
            return betaEnd;
        }
        return betaStart * Math.pow(betaEnd / betaStart, (double) sweep / (sweeps - 1));
    }

    /** The inverse temperature of every sweep, in order. */
    public double[] betas() {
        double[] betas = new double[sweeps];
        for (int k = 0; k < sweeps; k++) {
            betas[k] = beta(k);
        }
        return betas;
    }

    /** The same temperatures over another number of sweeps. */
    public AnnealingSchedule withSweeps(int newSweeps) {
        return new AnnealingSchedule(betaStart, betaEnd, newSweeps);
    }
}
