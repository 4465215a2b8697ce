package org.sched4j.instances.rcpsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sched4j.rcpsp.Activity;
import org.sched4j.rcpsp.DisjunctivePair;
import org.sched4j.rcpsp.Downtime;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.Resource;
import org.sched4j.rcpsp.TimeWindow;

/**
 * The data-centre migration flavour of {@link RConstraintBenchGenerator}: servers moved in four steps each (back up,
 * replicate, cut over, verify; the cut-over one hour after replication for DNS propagation, a lag), sharing migration
 * crews, a network link and a storage array; the link loses half its capacity in a nightly maintenance window (a
 * downtime every 24 hours); each cut-over has a change window of two days (release and deadline); cut-overs of
 * servers of one cluster may not overlap (disjunctive pairs); some servers depend on others (an application cut over
 * after its database is verified, its change window a day later).
 * Times are in hours. The same arguments give the same instance.
 */
public final class DataCentreMigrationGenerator {

    private static final int CLUSTER_SIZE = 3;
    private static final int DAY = 24;

    private DataCentreMigrationGenerator() {
    }

    /**
     * A migration of {@code servers} servers with {@code crews} crews.
     *
     * @param days the planning horizon in days: the number of nightly maintenance windows and the span of the
     *             change windows
     */
    public static RcpspInstance generate(String name, int servers, int crews, int days, long seed) {
        if (servers < 1 || crews < 1 || days < 1) {
            throw new IllegalArgumentException("servers, crews and days must be at least 1, got " + servers + ", "
                    + crews + ", " + days);
        }
        Random random = new Random(seed);
        List<Resource> resources = List.of(new Resource("crew", crews), new Resource("network", 4),
                new Resource("storage", 3));
        List<Activity> activities = new ArrayList<>();
        List<Precedence> precedences = new ArrayList<>();
        List<TimeWindow> windows = new ArrayList<>();
        int[] dayOf = new int[servers];
        for (int s = 0; s < servers; s++) {
            int base = activities.size();
            activities.add(new Activity("back up s" + s, 1 + random.nextInt(4), List.of(1, 0, 1)));
            activities.add(new Activity("replicate s" + s, 2 + random.nextInt(6), List.of(0, 1 + random.nextInt(2),
                    1)));
            activities.add(new Activity("cut over s" + s, 1 + random.nextInt(2), List.of(1, 1, 0)));
            activities.add(new Activity("verify s" + s, 1, List.of(1, 0, 0)));
            precedences.add(Precedence.of(base, base + 1));
            precedences.add(new Precedence(base + 1, base + 2, 1));
            precedences.add(Precedence.of(base + 2, base + 3));
            dayOf[s] = random.nextInt(days);
            if (s > 0 && random.nextDouble() < 0.3) {
                int database = random.nextInt(s);
                precedences.add(Precedence.of(4 * database + 3, base + 2));
                dayOf[s] = Math.max(dayOf[s], dayOf[database] + 1);
            }
            windows.add(new TimeWindow(base + 2, dayOf[s] * DAY / 2, (dayOf[s] + 2) * DAY));
        }
        List<Downtime> downtimes = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            downtimes.add(new Downtime(1, d * DAY + 1, d * DAY + 5, 2));
        }
        List<DisjunctivePair> pairs = new ArrayList<>();
        for (int s = 0; s < servers; s++) {
            for (int t = s + 1; t < servers && t / CLUSTER_SIZE == s / CLUSTER_SIZE; t++) {
                pairs.add(new DisjunctivePair(4 * s + 2, 4 * t + 2));
            }
        }
        return new RcpspInstance(name, resources, activities, precedences, downtimes, windows, pairs);
    }
}
