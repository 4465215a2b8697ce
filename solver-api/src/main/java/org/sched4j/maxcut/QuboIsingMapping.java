package org.sched4j.maxcut;

import java.util.Map;

/**
 * The exact correspondence between QUBO and Ising models through {@code x_i = (1 + s_i) / 2}, i.e. {@code s_i = 2 x_i
 * − 1}: for every assignment, {@code f(x)} of the QUBO equals {@code H(s)} of the Ising model (constants included).
 * Spin {@code +1} is {@code x = 1}.
 */
public final class QuboIsingMapping {

    private QuboIsingMapping() {
    }

    /**
     * The Ising model of {@code qubo}: a term {@code Q_ij x_i x_j} ({@code i < j}) becomes {@code J_ij −= Q/4},
     * {@code h_i −= Q/4}, {@code h_j −= Q/4}, constant {@code += Q/4}; a linear term {@code Q_ii x_i} becomes
     * {@code h_i −= Q/2}, constant {@code += Q/2}.
     */
    public static IsingModel toIsing(QuboModel qubo) {
        IsingModel.Builder ising = IsingModel.builder(qubo.variableCount()).addConstant(qubo.constant());
        for (Map.Entry<Long, Double> term : qubo.terms().entrySet()) {
            int i = QuboModel.rowOf(term.getKey());
            int j = QuboModel.columnOf(term.getKey());
            double q = term.getValue();
            if (i == j) {
                ising.addField(i, -q / 2).addConstant(q / 2);
            } else {
                ising.addCoupling(i, j, -q / 4).addField(i, -q / 4).addField(j, -q / 4).addConstant(q / 4);
            }
        }
        return ising.build();
    }

    /**
     * The QUBO of {@code ising}: {@code −J s_i s_j} becomes {@code −4J x_i x_j + 2J x_i + 2J x_j − J} and
     * {@code −h s_i} becomes {@code −2h x_i + h}.
     */
    public static QuboModel toQubo(IsingModel ising) {
        QuboModel.Builder qubo = QuboModel.builder(ising.spinCount()).addConstant(ising.constant());
        int[] offsets = ising.couplingOffsets();
        int[] neighbours = ising.couplingNeighbours();
        double[] couplings = ising.couplingValues();
        for (int i = 0; i < ising.spinCount(); i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                int j = neighbours[k];
                if (j > i) {
                    double coupling = couplings[k];
                    qubo.addTerm(i, j, -4 * coupling).addTerm(i, i, 2 * coupling).addTerm(j, j, 2 * coupling)
                            .addConstant(-coupling);
                }
            }
            double field = ising.field(i);
            qubo.addTerm(i, i, -2 * field).addConstant(field);
        }
        return qubo.build();
    }

    /** The spins of a QUBO assignment: {@code +1} where {@code x_i} is true. */
    public static byte[] spinsOf(boolean[] x) {
        byte[] spins = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            spins[i] = x[i] ? (byte) 1 : (byte) -1;
        }
        return spins;
    }

    /** The QUBO assignment of spins: {@code x_i} is true where {@code s_i = +1}. */
    public static boolean[] assignmentOf(byte[] spins) {
        boolean[] x = new boolean[spins.length];
        for (int i = 0; i < spins.length; i++) {
            x[i] = spins[i] > 0;
        }
        return x;
    }
}
