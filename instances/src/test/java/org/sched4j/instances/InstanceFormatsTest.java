package org.sched4j.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.jobshop.JobShopProblem;

class InstanceFormatsTest {

    @Test
    void findsFormatsByNameIgnoringCase() {
        assertThat(InstanceFormats.byName("JSPLIB")).get().extracting(InstanceFormat::name).isEqualTo("jsplib");
        assertThat(InstanceFormats.byName("taillard")).isPresent();
        assertThat(InstanceFormats.byName("no-such-format")).isEmpty();
        assertThat(InstanceFormats.all()).extracting(InstanceFormat::name).doesNotHaveDuplicates();
    }

    @Test
    void listsTheJobShopFormats() {
        assertThat(InstanceFormats.forProblem(JobShopProblem.TYPE)).extracting(InstanceFormat::name)
                .containsExactly("jsplib", "taillard");
    }

    @Test
    void detectsJsplibFiles() {
        assertThat(InstanceFormats.detect(TestFiles.benchmark("jobshop", "jsplib", "ft06.txt")).name())
                .isEqualTo("jsplib");
        assertThat(InstanceFormats.detect(TestFiles.jobShopTestData("comments-and-whitespace.txt")).name())
                .isEqualTo("jsplib");
    }

    @Test
    void detectsTaillardFiles() {
        assertThat(InstanceFormats.detect(TestFiles.benchmark("jobshop", "taillard", "tai100_20.txt")).name())
                .isEqualTo("taillard");
        assertThat(InstanceFormats.detect(TestFiles.jobShopTestData("two-small-taillard-instances.txt")).name())
                .isEqualTo("taillard");
    }

    @Test
    void refusesToGuessAnUnknownFormatNamingTheFileAndTheFormats(@TempDir Path folder) throws IOException {
        Path graph = Files.writeString(folder.resolve("G1"), "800 19176\n1 2\n2 3\n");

        assertThatThrownBy(() -> InstanceFormats.detect(graph))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(graph.toString())
                .hasMessageContaining("--format")
                .hasMessageContaining("jsplib, taillard");
    }
}
