package org.sched4j.instances.taillard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sched4j.instances.BestKnown;
import org.sched4j.jobshop.JobShopInstance;

/**
 * Taillard's 80 job-shop benchmark instances ta01–ta80, built in: their sizes and seeds (from the headers of
 * Taillard's published files) regenerate them with {@link TaillardGenerator}, so no data file is needed. Also holds
 * their best known bounds: lower bounds and best known makespans as collected by ScheduleOpt/benchmarks
 * ({@code jobshop/solutions/bks.json}, current to 2026).
 *
 * <p>Source of the instances: E. Taillard, "Benchmarks for basic scheduling problems", EJOR 64 (1993) 278–285.
 */
public final class TaillardBenchmarks {

    private static final List<Entry> ENTRIES = List.of(
            new Entry("ta01", 15, 15, 840612802L, 398197754L, 1231, 1231),
            new Entry("ta02", 15, 15, 1314640371L, 386720536L, 1244, 1244),
            new Entry("ta03", 15, 15, 1227221349L, 316176388L, 1218, 1218),
            new Entry("ta04", 15, 15, 342269428L, 1806358582L, 1175, 1175),
            new Entry("ta05", 15, 15, 1603221416L, 1501949241L, 1224, 1224),
            new Entry("ta06", 15, 15, 1357584978L, 1734077082L, 1238, 1238),
            new Entry("ta07", 15, 15, 44531661L, 1374316395L, 1227, 1227),
            new Entry("ta08", 15, 15, 302545136L, 2092186050L, 1217, 1217),
            new Entry("ta09", 15, 15, 1153780144L, 1393392374L, 1274, 1274),
            new Entry("ta10", 15, 15, 73896786L, 1544979948L, 1241, 1241),
            new Entry("ta11", 20, 15, 533484900L, 317419073L, 1357, 1357),
            new Entry("ta12", 20, 15, 1894307698L, 1474268163L, 1367, 1367),
            new Entry("ta13", 20, 15, 874340513L, 509669280L, 1342, 1342),
            new Entry("ta14", 20, 15, 1124986343L, 1209573668L, 1345, 1345),
            new Entry("ta15", 20, 15, 1463788335L, 529048107L, 1339, 1339),
            new Entry("ta16", 20, 15, 1056908795L, 25321885L, 1360, 1360),
            new Entry("ta17", 20, 15, 195672285L, 1717580117L, 1462, 1462),
            new Entry("ta18", 20, 15, 961965583L, 1353003786L, 1396, 1396),
            new Entry("ta19", 20, 15, 1610169733L, 1734469503L, 1332, 1332),
            new Entry("ta20", 20, 15, 532794656L, 998486810L, 1348, 1348),
            new Entry("ta21", 20, 20, 1035939303L, 773961798L, 1642, 1642),
            new Entry("ta22", 20, 20, 5997802L, 1872541150L, 1600, 1600),
            new Entry("ta23", 20, 20, 1357503601L, 722225039L, 1557, 1557),
            new Entry("ta24", 20, 20, 806159563L, 1166962073L, 1644, 1644),
            new Entry("ta25", 20, 20, 1902815253L, 1879990068L, 1595, 1595),
            new Entry("ta26", 20, 20, 1503184031L, 1850351876L, 1643, 1643),
            new Entry("ta27", 20, 20, 1032645967L, 99711329L, 1680, 1680),
            new Entry("ta28", 20, 20, 229894219L, 1158117804L, 1603, 1603),
            new Entry("ta29", 20, 20, 823349822L, 108033225L, 1625, 1625),
            new Entry("ta30", 20, 20, 1297900341L, 489486403L, 1562, 1584),
            new Entry("ta31", 30, 15, 98640593L, 1981283465L, 1764, 1764),
            new Entry("ta32", 30, 15, 1839268120L, 248890888L, 1774, 1783),
            new Entry("ta33", 30, 15, 573875290L, 2081512253L, 1791, 1791),
            new Entry("ta34", 30, 15, 1670898570L, 788294565L, 1828, 1828),
            new Entry("ta35", 30, 15, 1118914567L, 1074349202L, 2007, 2007),
            new Entry("ta36", 30, 15, 178750207L, 294279708L, 1819, 1819),
            new Entry("ta37", 30, 15, 1549372605L, 596993084L, 1771, 1771),
            new Entry("ta38", 30, 15, 798174738L, 151685779L, 1673, 1673),
            new Entry("ta39", 30, 15, 553410952L, 1329272528L, 1795, 1795),
            new Entry("ta40", 30, 15, 1661531649L, 1173386294L, 1658, 1669),
            new Entry("ta41", 30, 20, 1841414609L, 1357882888L, 1926, 2005),
            new Entry("ta42", 30, 20, 2116959593L, 1546338557L, 1900, 1937),
            new Entry("ta43", 30, 20, 796392706L, 1230864158L, 1809, 1846),
            new Entry("ta44", 30, 20, 532496463L, 254174057L, 1961, 1978),
            new Entry("ta45", 30, 20, 2020525633L, 978943053L, 1997, 1997),
            new Entry("ta46", 30, 20, 524444252L, 185526083L, 1976, 2002),
            new Entry("ta47", 30, 20, 1569394691L, 487269855L, 1827, 1889),
            new Entry("ta48", 30, 20, 1460267840L, 1631446539L, 1921, 1937),
            new Entry("ta49", 30, 20, 198324822L, 1937476577L, 1938, 1960),
            new Entry("ta50", 30, 20, 38071822L, 1541985579L, 1848, 1923),
            new Entry("ta51", 50, 15, 17271L, 718939L, 2760, 2760),
            new Entry("ta52", 50, 15, 660481279L, 449650254L, 2756, 2756),
            new Entry("ta53", 50, 15, 352229765L, 949737911L, 2717, 2717),
            new Entry("ta54", 50, 15, 1197518780L, 166840558L, 2839, 2839),
            new Entry("ta55", 50, 15, 1376020303L, 483922052L, 2679, 2679),
            new Entry("ta56", 50, 15, 2106639239L, 955932362L, 2781, 2781),
            new Entry("ta57", 50, 15, 1765352082L, 1209982549L, 2943, 2943),
            new Entry("ta58", 50, 15, 1105092880L, 1349003108L, 2885, 2885),
            new Entry("ta59", 50, 15, 907248070L, 919544535L, 2655, 2655),
            new Entry("ta60", 50, 15, 2011630757L, 1845447001L, 2723, 2723),
            new Entry("ta61", 50, 20, 8493988L, 2738939L, 2868, 2868),
            new Entry("ta62", 50, 20, 1991925010L, 709517751L, 2869, 2869),
            new Entry("ta63", 50, 20, 342093237L, 786960785L, 2755, 2755),
            new Entry("ta64", 50, 20, 1634043183L, 973178279L, 2702, 2702),
            new Entry("ta65", 50, 20, 341706507L, 286513148L, 2725, 2725),
            new Entry("ta66", 50, 20, 320167954L, 1411193018L, 2845, 2845),
            new Entry("ta67", 50, 20, 1089696753L, 298068750L, 2825, 2825),
            new Entry("ta68", 50, 20, 433032965L, 1589656152L, 2784, 2784),
            new Entry("ta69", 50, 20, 615974477L, 331205412L, 3071, 3071),
            new Entry("ta70", 50, 20, 236150141L, 592292984L, 2995, 2995),
            new Entry("ta71", 100, 20, 302034063L, 1203569070L, 5464, 5464),
            new Entry("ta72", 100, 20, 1437643198L, 1692025209L, 5181, 5181),
            new Entry("ta73", 100, 20, 1792475497L, 1039908559L, 5568, 5568),
            new Entry("ta74", 100, 20, 1647273132L, 1012841433L, 5339, 5339),
            new Entry("ta75", 100, 20, 696480901L, 1689682358L, 5392, 5392),
            new Entry("ta76", 100, 20, 1785569423L, 1092647459L, 5342, 5342),
            new Entry("ta77", 100, 20, 117806902L, 739059626L, 5436, 5436),
            new Entry("ta78", 100, 20, 1639154709L, 1319962509L, 5394, 5394),
            new Entry("ta79", 100, 20, 2007423389L, 749368241L, 5358, 5358),
            new Entry("ta80", 100, 20, 682761130L, 262763021L, 5183, 5183));

    private static final Map<String, Entry> BY_NAME = ENTRIES.stream()
            .collect(Collectors.toUnmodifiableMap(Entry::name, Function.identity()));

    private TaillardBenchmarks() {
    }

    /** The names {@code ta01} .. {@code ta80}, in order. */
    public static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    /**
     * Generates the instance {@code name} (ta01–ta80).
     *
     * @throws IllegalArgumentException when {@code name} is not one of ta01–ta80
     */
    public static JobShopInstance instance(String name) {
        Entry entry = entry(name);
        return TaillardGenerator.generate(entry.name(), entry.jobs(), entry.machines(), entry.timeSeed(),
                entry.machineSeed());
    }

    /**
     * The best known lower bound and makespan of {@code name} (ta01–ta80).
     *
     * @throws IllegalArgumentException when {@code name} is not one of ta01–ta80
     */
    public static BestKnown bestKnown(String name) {
        Entry entry = entry(name);
        return new BestKnown(entry.name(), entry.lowerBound(), entry.upperBound());
    }

    /**
     * The name of the published instance with these sizes and seeds, if one has them.
     *
     * @return {@code ta01} .. {@code ta80}, or empty for any other combination
     */
    public static Optional<String> nameOf(int jobs, int machines, long timeSeed, long machineSeed) {
        return ENTRIES.stream()
                .filter(entry -> entry.jobs() == jobs && entry.machines() == machines
                        && entry.timeSeed() == timeSeed && entry.machineSeed() == machineSeed)
                .map(Entry::name)
                .findFirst();
    }

    private static Entry entry(String name) {
        Entry entry = name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IllegalArgumentException("unknown Taillard instance '" + name + "'; the instances are "
                    + ENTRIES.getFirst().name() + " to " + ENTRIES.getLast().name());
        }
        return entry;
    }

    private record Entry(String name, int jobs, int machines, long timeSeed, long machineSeed, int lowerBound,
                         int upperBound) {
    }
}
