package org.sched4j.cli.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobPaletteTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 6, 10, 11, 15, 20, 30, 50, 100})
    void givesEveryJobItsOwnColour(int jobs) {
        JobPalette palette = new JobPalette(jobs);
        List<String> colors = new ArrayList<>();
        for (int job = 0; job < jobs; job++) {
            colors.add(palette.color(job));
        }

        assertThat(colors).doesNotHaveDuplicates().allMatch(color -> color.matches("#[0-9a-f]{6}"));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 20, 100})
    void keepsJobsWithNeighbouringNumbersApart(int jobs) {
        JobPalette palette = new JobPalette(jobs);
        for (int job = 1; job < jobs; job++) {
            assertThat(distance(palette.color(job - 1), palette.color(job))).as("jobs %d and %d", job - 1, job)
                    .isGreaterThan(60);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"#ffffff", "#edc948", "#4e79a7", "#000000"})
    void writesDarkTextOnLightColoursAndWhiteTextOnDarkOnes(String background) {
        String text = JobPalette.textOn(background);
        boolean light = background.equals("#ffffff") || background.equals("#edc948");

        assertThat(text).isEqualTo(light ? "#1b1b1b" : "#ffffff");
    }

    private static double distance(String a, String b) {
        int x = Integer.parseInt(a.substring(1), 16);
        int y = Integer.parseInt(b.substring(1), 16);
        double red = ((x >> 16) & 0xff) - ((y >> 16) & 0xff);
        double green = ((x >> 8) & 0xff) - ((y >> 8) & 0xff);
        double blue = (x & 0xff) - (y & 0xff);
        return Math.sqrt(red * red + green * green + blue * blue);
    }
}
