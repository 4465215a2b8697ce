package org.sched4j.portfolio.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.rcpsp.RcpspExamples;
import org.sched4j.instances.rcpsp.RcpspTestFiles;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RcpspAutoSolverTest {

    private static final SolveOptions OPTIONS = new SolveOptions(Duration.ofSeconds(2), 0, 2, false, Map.of());

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @Test
    void provesTheHandComputedOptimumOfEveryExtension() {
        for (RcpspExamples.Example example : RcpspExamples.feasible()) {
            SolveResult<RcpspSchedule> result = new RcpspAutoSolver().solve(example.instance(), OPTIONS);
            assertThat(result.isValid()).as(example.name()).isTrue();
            assertThat(result.objective()).as(example.name()).isEqualTo(example.optimum());
            assertThat(result.status()).as(example.name()).isEqualTo(SolveStatus.OPTIMAL);
        }
    }

    @Test
    void reportsAProvedInfeasibilityAsAStatus() {
        for (RcpspInstance instance : new RcpspInstance[] {RcpspExamples.infeasible(),
                RcpspExamples.triviallyInfeasible()}) {
            SolveResult<RcpspSchedule> result = new RcpspAutoSolver().solve(instance, OPTIONS);
            assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
            assertThat(result.hasSolution()).isFalse();
        }
    }

    @Test
    void provesJ30OptimaFromPsplib() {
        for (String name : new String[] {"j301_1", "j3011_1"}) {
            RcpspInstance instance = RcpspTestFiles.psplib(name);
            SolveResult<RcpspSchedule> result = new RcpspAutoSolver().solve(instance,
                    OPTIONS.timeLimit(Duration.ofSeconds(5)));
            assertThat(result.isValid()).as(name + ": " + result.evaluation().summary()).isTrue();
            assertThat(result.status()).as(name).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(result.objective()).as(name).isEqualTo(name.equals("j301_1") ? 43 : 54);
        }
    }

    @Test
    void autoPlacesTheGeneticAlgorithmAsTheParameterSays() {
        assertThat(RcpspAutoSolver.runsBeside(OPTIONS.threads(4))).isTrue();
        assertThat(RcpspAutoSolver.runsBeside(OPTIONS)).isFalse();
        assertThat(RcpspAutoSolver.runsBeside(OPTIONS.parameters(Map.of(RcpspAutoSolver.PLACEMENT_PARAMETER,
                "beside")))).isTrue();
        assertThatThrownBy(() -> RcpspAutoSolver.runsBeside(OPTIONS.parameters(Map.of(
                RcpspAutoSolver.PLACEMENT_PARAMETER, "later")))).hasMessageContaining("'beside' or 'first'");
        RcpspInstance j30 = RcpspTestFiles.psplib("j301_1");
        RcpspInstance j120 = RcpspTestFiles.psplib("j1201_1");
        SolveOptions tenSeconds = OPTIONS.timeLimit(Duration.ofSeconds(10));
        assertThat(RcpspAutoSolver.firstPhase(j30, tenSeconds)).as("32 activities: a twentieth")
                .isEqualTo(Duration.ofMillis(500));
        assertThat(RcpspAutoSolver.firstPhase(j120, tenSeconds)).as("122 activities: half")
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(RcpspAutoSolver.firstPhase(j30, tenSeconds.parameters(Map.of(
                RcpspAutoSolver.FIRST_SHARE_PARAMETER, "0.3")))).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> RcpspAutoSolver.firstPhase(j30, tenSeconds.parameters(Map.of(
                RcpspAutoSolver.FIRST_SHARE_PARAMETER, "1.5")))).hasMessageContaining("from 0 to 1")
                .hasMessageContaining(RcpspAutoSolver.FIRST_SHARE_PARAMETER);
        assertThat(RcpspAutoSolver.patience(j30, tenSeconds)).as("32 activities: a hundredth")
                .isEqualTo(Duration.ofMillis(100));
        assertThat(RcpspAutoSolver.patience(j120, tenSeconds)).as("122 activities: the whole phase").isNull();
        assertThat(RcpspAutoSolver.patience(j30, tenSeconds.parameters(Map.of(
                RcpspAutoSolver.FIRST_SHARE_PARAMETER, "0.05")))).as("a set share is kept").isNull();
        SolveResult<RcpspSchedule> alone = new RcpspAutoSolver().solve(RcpspTestFiles.psplib("j301_1"),
                OPTIONS.threads(1));
        assertThat(alone.isValid()).as(alone.evaluation().summary()).isTrue();
        assertThat(alone.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(alone.objective()).isEqualTo(43);
    }

    @Test
    void givesAValidScheduleWithinTheLimitOnJ120() {
        RcpspInstance instance = RcpspTestFiles.psplib("j1201_1");
        SolveResult<RcpspSchedule> result = new RcpspAutoSolver().solve(instance, OPTIONS);
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isBetween(105.0, 105 * 1.1);
        assertThat(result.wallTime()).as("2 s limit, generous room for a busy machine").isLessThan(Duration.ofSeconds(10));
    }
}
