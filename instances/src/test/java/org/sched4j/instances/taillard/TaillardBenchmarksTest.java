package org.sched4j.instances.taillard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.BestKnownTable;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.jobshop.JobShopInstance;

class TaillardBenchmarksTest {

    @Test
    void namesTheEightyInstancesInOrder() {
        assertThat(TaillardBenchmarks.names()).hasSize(80).startsWith("ta01", "ta02").endsWith("ta80")
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void generatesEveryInstanceExactlyAsTheJsplibFile() {
        JsplibFormat jsplib = new JsplibFormat();
        for (String name : TaillardBenchmarks.names()) {
            Path file = TestFiles.benchmark("jobshop", "jsplib", name + ".txt");

            JobShopInstance published = jsplib.read(file).getFirst().instance();

            assertThat(TaillardBenchmarks.instance(name)).as(name).isEqualTo(published);
        }
    }

    @Test
    void holdsTheBoundsOfTheSharedBestKnownTable() {
        Map<String, BestKnown> table = BestKnownTable.read(TestFiles.benchmark("jobshop", "bks.csv"));

        for (String name : TaillardBenchmarks.names()) {
            assertThat(TaillardBenchmarks.bestKnown(name)).as(name).isEqualTo(table.get(name));
        }
        assertThat(TaillardBenchmarks.bestKnown("ta01")).isEqualTo(new BestKnown("ta01", 1231, 1231));
        assertThat(TaillardBenchmarks.bestKnown("ta41").isClosed()).isFalse();
    }

    @Test
    void findsAnInstanceByItsSizesAndSeeds() {
        assertThat(TaillardBenchmarks.nameOf(15, 15, 840612802L, 398197754L)).contains("ta01");
        assertThat(TaillardBenchmarks.nameOf(15, 20, 840612802L, 398197754L)).isEmpty();
    }

    @Test
    void rejectsAnUnknownNameListingTheValidRange() {
        assertThatThrownBy(() -> TaillardBenchmarks.instance("ta81"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ta81").hasMessageContaining("ta01 to ta80");
        assertThatThrownBy(() -> TaillardBenchmarks.bestKnown("ft06"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ta01 to ta80");
    }
}
