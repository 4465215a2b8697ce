package org.sched4j.heuristics.tardiness;

import java.util.ArrayList;
import java.util.List;

/** The single-machine tardiness rules sched4j offers, plain and augmented, in a stable order. */
public final class SequencingRules {

    private SequencingRules() {
    }

    /** The plain rules: EDD, SPT, WSPT, MDD, ATC, Wilkerson–Irwin, EDDC, MDDC. */
    public static List<SequencingRule> plain() {
        return List.of(SortingRule.EDD, SortingRule.SPT, SortingRule.WSPT, DynamicRule.MDD, DynamicRule.ATC,
                new WilkersonIrwinRule(), new EddChallenger(), DynamicRule.MDDC);
    }

    /** Every plain rule followed by every augmented one. */
    public static List<SequencingRule> all() {
        List<SequencingRule> rules = new ArrayList<>(plain());
        plain().forEach(rule -> rules.add(new AugmentedRule(rule)));
        return List.copyOf(rules);
    }
}
