package org.sched4j.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                .isInstanceOfSatisfying(FormatDetectionException.class, e -> {
                    assertThat(e.file()).isEqualTo(graph);
                    assertThat(e.isFolder()).isFalse();
                    assertThat(e.isAmbiguous()).isFalse();
                    assertThat(e.recognising()).isEmpty();
                    assertThat(e.candidates()).containsExactlyElementsOf(
                            InstanceFormats.all().stream().map(InstanceFormat::name).toList());
                })
                .hasMessage("cannot tell the format of " + graph + ": no format recognises it (the formats are "
                        + String.join(", ", InstanceFormats.all().stream().map(InstanceFormat::name).toList()) + ")")
                .hasMessageContaining("jsplib, taillard")
                .hasMessageNotContaining("--");
    }

    @Test
    void refusesToGuessTheFormatOfAnOrdinaryFolderOfferingTheFolderFormats(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "nothing here\n");

        assertThatThrownBy(() -> InstanceFormats.detect(folder))
                .isInstanceOfSatisfying(FormatDetectionException.class, e -> {
                    assertThat(e.isFolder()).isTrue();
                    assertThat(e.candidates()).containsExactlyElementsOf(InstanceFormats.all().stream()
                            .filter(InstanceFormat::isFolderFormat).map(InstanceFormat::name).toList());
                })
                .hasMessageStartingWith("cannot tell the format of the folder " + folder
                        + ": no folder format recognises it (the folder formats are ")
                .hasMessageNotContaining("--");
        assertThat(InstanceFormats.detectFolder(folder)).isEmpty();
    }

    @Test
    void namesEveryFormatThatRecognisesAnAmbiguousFile() {
        Path file = Path.of("data", "ta01.txt");

        FormatDetectionException e = new FormatDetectionException(file, false, List.of("jsplib", "taillard"),
                List.of("jsplib", "taillard", "psplib"));

        assertThat(e.isAmbiguous()).isTrue();
        assertThat(e.recognising()).containsExactly("jsplib", "taillard");
        assertThat(e).hasMessage("cannot tell the format of " + file
                + ": several formats recognise it (jsplib, taillard)").hasMessageNotContaining("--");
    }

    @Test
    void rejectsADetectionFailureWithASingleRecognisingFormat() {
        assertThatThrownBy(() -> new FormatDetectionException(Path.of("ft06.txt"), false, List.of("jsplib"),
                List.of("jsplib", "taillard")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jsplib");
    }
}
