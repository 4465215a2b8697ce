package org.sched4j.cli.solve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.cli.CommandRun;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.TestData;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopProblem;
import org.sched4j.jobshop.JobShopSchedule;

@Timeout(60)
class SolveCommandTest {

    private static final String HEADER =
            "instance,problem,solver,status,objective,lower_bound,best_known,gap_percent,valid,time_seconds";

    @Test
    void solvesFt06WithAHeuristicAndPrintsTheHeaderAndAValidRowWithItsGap() {
        Path ft06 = TestData.benchmarkInstances().resolve("jobshop/jsplib/ft06.txt");

        CommandRun run = CommandRun.of("solve", "--solver", "mwkr", "--time-limit", "1s", "--threads", "1",
                ft06.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().getFirst()).isEqualTo(HEADER);
        List<String> row = run.row("ft06");
        assertThat(row.subList(0, 3)).containsExactly("ft06", "jobshop", "mwkr");
        assertThat(row.get(3)).isIn("FEASIBLE", "OPTIMAL");
        long makespan = Long.parseLong(row.get(4));
        assertThat(makespan).isGreaterThanOrEqualTo(55);
        assertThat(row.get(6)).isEqualTo("55");
        assertThat(row.get(7)).isEqualTo(String.format(Locale.ROOT, "%.2f", 100.0 * (makespan - 55) / 55));
        assertThat(row.get(8)).isEqualTo("true");
        assertThat(Double.parseDouble(row.get(9))).isBetween(0.0, 2.0);
    }

    @Test
    void givesAnErrorRowForAMalformedFileWhileTheOthersAreSolved() {
        CommandRun run = CommandRun.of("solve", "--solver", "best-rule", "--time-limit", "1s", "--threads", "1",
                TestData.cli("batch").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.outLines()).hasSize(4).first().isEqualTo(HEADER);
        assertThat(run.row("malformed")).containsExactly("malformed", "jobshop", "best-rule", "ERROR", "", "", "", "",
                "false", "");
        assertThat(run.err()).contains("malformed.txt:3:7: ").contains("found 'x'");
        List<String> twoJobs = run.row("two-jobs");
        assertThat(List.of(twoJobs.get(4), twoJobs.get(6), twoJobs.get(7), twoJobs.get(8)))
                .containsExactly("6", "6", "0.00", "true");
        List<String> threeJobs = run.row("three-jobs");
        assertThat(threeJobs.get(8)).isEqualTo("true");
        assertThat(threeJobs.get(6)).isEqualTo("11");
        assertThat(Double.parseDouble(threeJobs.get(7)))
                .isEqualTo(Math.round(10000.0 * (Long.parseLong(threeJobs.get(4)) - 11) / 11) / 100.0);
    }

    @Test
    void namesTheFormatsWhenAFileFormatCannotBeTold() {
        CommandRun run = CommandRun.of("solve", "--solver", "mwkr", "--time-limit", "1s",
                TestData.cli("unrecognised.dat").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.row("unrecognised").get(3)).isEqualTo("ERROR");
        assertThat(run.err()).contains("cannot tell the format of").contains("--format").contains("jsplib")
                .contains("taillard");
    }

    @Test
    void readsAFileWithTheFormatNamedOnTheCommandLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("two.instance");
        Files.copy(TestData.cli("batch", "two-jobs.txt"), file);

        CommandRun run = CommandRun.of("solve", "--format", "jsplib", "--solver", "mwkr", "--time-limit", "1s",
                file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.row("two").get(4)).isEqualTo("6");
    }

    @Test
    void exitsWith2OnAnUnknownOption() {
        CommandRun run = CommandRun.of("solve", "--no-such-option", TestData.cli("batch").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'").contains("--help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exitsWith2OnABadTimeLimit() {
        CommandRun run = CommandRun.of("solve", "--time-limit", "soon", TestData.cli("batch").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("expected a duration such as 10s");
    }

    @Test
    void exitsWith2OnAnUnknownSolverAndNamesTheSolversThatExist() {
        CommandRun run = CommandRun.of("solve", "--solver", "magic", TestData.cli("batch", "two-jobs.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no solver 'magic'").contains("mwkr");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void knowsTheProblemNamesOfTheCommandLineContractAndExitsWith2OnAnother() {
        List<String> names = List.of("jobshop", "rcpsp", "tardiness", "taskgraph", "podpacking", "maxcut");
        for (String name : names) {
            assertThat(SolveCommand.problemNamed(name).name()).isEqualTo(name);
        }

        CommandRun run = CommandRun.of("solve", "--problem", "flowshop", TestData.cli("batch").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--problem flowshop: unknown problem").contains(names);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exitsWith2OnAMissingFileAndAnUnknownFormat() {
        CommandRun missing = CommandRun.of("solve", TestData.cli("batch", "no-such-file.txt").toString());
        CommandRun unknownFormat = CommandRun.of("solve", "--format", "xml", TestData.cli("batch").toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no-such-file.txt: no such file or folder");
        assertThat(unknownFormat.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownFormat.err()).contains("unknown format").contains("jsplib, taillard");
    }

    @Test
    void writesJsonWithTheRowsTheSolutionsAndTheViolations(@TempDir Path folder) throws IOException {
        Path json = folder.resolve("results.json");

        CommandRun run = CommandRun.of("solve", "--solver", "mwkr", "--time-limit", "1s", "--output", json.toString(),
                TestData.cli("batch").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertThat(results.isArray()).isTrue();
        assertThat(results).hasSize(3);
        JsonNode error = results.get(0);
        assertThat(error.get("instance").asText()).isEqualTo("malformed");
        assertThat(error.get("status").asText()).isEqualTo("ERROR");
        assertThat(error.get("objective").isNull()).isTrue();
        assertThat(error.get("message").asText()).contains("malformed.txt:3:7");
        JsonNode solved = results.get(2);
        assertThat(solved.get("instance").asText()).isEqualTo("two-jobs");
        assertThat(solved.get("objective").asLong()).isEqualTo(6);
        assertThat(solved.get("best_known").asLong()).isEqualTo(6);
        assertThat(solved.get("gap_percent").asDouble()).isZero();
        assertThat(solved.get("valid").asBoolean()).isTrue();
        assertThat(solved.get("violations")).isEmpty();
        int[][] starts = new ObjectMapper().treeToValue(solved.get("solution").get("start_times"), int[][].class);
        JobShopInstance instance = new JsplibFormat().read(TestData.cli("batch", "two-jobs.txt")).getFirst().instance();
        assertThat(JobShopProblem.TYPE.evaluate(instance, JobShopSchedule.of(starts)).objective()).isEqualTo(6.0);
    }

    @Test
    void writesTheSameCsvToTheOutputFileAsToStandardOutput(@TempDir Path folder) throws IOException {
        Path csv = folder.resolve("out/results.csv");

        CommandRun run = CommandRun.of("solve", "--solver", "spt", "--time-limit", "1s", "-o", csv.toString(),
                TestData.cli("batch", "two-jobs.txt").toString(), TestData.cli("batch", "three-jobs.txt").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(csv)).isEqualTo(run.out());
    }

    @Test
    void takesBestKnownBoundsFromTheBksOption(@TempDir Path folder) throws IOException {
        Path table = folder.resolve("mine.csv");
        Files.writeString(table, "instance,best_known\ntwo-jobs,5\n");

        CommandRun run = CommandRun.of("solve", "--solver", "mwkr", "--time-limit", "1s", "--bks", table.toString(),
                TestData.cli("batch", "two-jobs.txt").toString());

        List<String> row = run.row("two-jobs");
        assertThat(List.of(row.get(4), row.get(6), row.get(7))).containsExactly("6", "5", "20.00");
    }

    @Test
    void showsOneLiveLinePerImprovingSolutionForASingleInstance() {
        CommandRun run = CommandRun.of("solve", "--solver", "mwkr", "--time-limit", "1s",
                TestData.cli("batch", "three-jobs.txt").toString());

        assertThat(run.err()).contains("solving three-jobs (3 jobs x 3 machines, best known 11) with mwkr")
                .containsPattern("(?m)^\\s+time\\s+makespan\\s+bound\\s+gap$")
                .containsPattern("(?m)^\\s+\\d+\\.\\d{3}s\\s+\\d+\\s+");
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void writesOneGanttChartPerSolvedInstance(@TempDir Path folder) {
        CommandRun run = CommandRun.of("solve", "--solver", "mwkr", "--time-limit", "1s", "--gantt",
                folder.toString(), TestData.cli("batch").toString());

        assertThat(folder.resolve("two-jobs.svg")).isRegularFile();
        assertThat(folder.resolve("three-jobs.svg")).isRegularFile();
        assertThat(folder.resolve("malformed.svg")).doesNotExist();
        assertThat(run.err()).contains("2 Gantt charts in " + folder);
    }

    @Test
    void runsSeveralSolversSideBySide() {
        CommandRun run = CommandRun.of("solve", "--solver", "spt,mwkr", "--time-limit", "1s",
                TestData.cli("batch", "two-jobs.txt").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(1)).startsWith("two-jobs,jobshop,spt,");
        assertThat(run.outLines().get(2)).startsWith("two-jobs,jobshop,mwkr,");
    }

    @Test
    void turnsSolverFailuresIntoErrorRowsAndGoesOn() {
        CommandRun run = CommandRun.of("solve", "--solver", "test-defect,test-crash,mwkr", "--time-limit", "1s",
                TestData.cli("batch", "two-jobs.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(1)).isEqualTo("two-jobs,jobshop,test-defect,ERROR,,,,,false,");
        assertThat(run.outLines().get(2)).isEqualTo("two-jobs,jobshop,test-crash,ERROR,,,,,false,");
        assertThat(List.of(run.outLines().get(3).split(",", -1))).element(8).isEqualTo("true");
        assertThat(run.outLines().get(3)).startsWith("two-jobs,jobshop,mwkr,");
        assertThat(run.err()).contains("solver defect in test-defect: test-defect claimed a makespan of 1")
                .contains("test-crash failed: java.lang.IllegalStateException: out of luck");
    }

    @Test
    void reportsAnInvalidSolutionAndAMissingOneWithExitCode1() {
        CommandRun run = CommandRun.of("solve", "--solver", "test-invalid,test-nothing", "--time-limit", "1s",
                TestData.cli("batch", "two-jobs.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        List<String> invalid = List.of(run.outLines().get(1).split(",", -1));
        assertThat(invalid.subList(2, 5)).containsExactly("test-invalid", "FEASIBLE", "4");
        assertThat(invalid.get(8)).isEqualTo("false");
        assertThat(run.outLines().get(2)).startsWith("two-jobs,jobshop,test-nothing,UNKNOWN,,,6,,false,");
        assertThat(run.err()).contains("test-invalid returned an invalid solution: operation (0,1) starts at 0")
                .contains("test-nothing found no solution (status UNKNOWN)");
    }

    @Test
    void rejectsAResultsFileOfAnotherKindBeforePrintingAnything(@TempDir Path folder) {
        CommandRun run = CommandRun.of("solve", "--solver", "mwkr", "-o", folder.resolve("results.txt").toString(),
                TestData.cli("batch", "two-jobs.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("the results file must end in .csv or .json");
        assertThat(run.out()).isEmpty();
    }
}
