package com.buyerjourneykit.conformance;

import static com.buyerjourneykit.conformance.ScenarioRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known failures: new ones and stale lines turn the verdict red, each named; a listed scenario that did not run proves nothing. */
class BaselineTest {
    private final Baseline baseline = Baseline.parse("baseline.txt", List.of(
            "# known failures",
            "",
            "SCN-PAY-03 * api   # offers World Pay for bank trades until 2.4",
            "SCN-ALI-CODE-03 ru api",
            "SCN-JRN-03 en api  # never ran here"));

    @Test
    void linesNameScenarioLanguageAndChannelWithTheirWhy() {
        assertThat(baseline.entries()).extracting(BaselineEntry::line, BaselineEntry::text, BaselineEntry::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "SCN-PAY-03 * api", "offers World Pay for bank trades until 2.4"),
                org.assertj.core.groups.Tuple.tuple(4, "SCN-ALI-CODE-03 ru api", ""),
                org.assertj.core.groups.Tuple.tuple(5, "SCN-JRN-03 en api", "never ran here"));
    }

    @Test
    void aFailureTheBaselineListsIsKnownOneItDoesNotIsNewAndAListedScenarioThatPassesIsStale() {
        BaselineVerdict verdict = BaselineVerdict.of(baseline, List.of(
                run("SCN-PAY-03", "zh-CN", RunStatus.FAILED, "PAY-03"),
                run("SCN-ALI-CODE-03", "ru", RunStatus.PASSED, "ALI-03"),
                run("SCN-ALI-CODE-03", "en", RunStatus.FAILED, "ALI-03")));

        assertThat(verdict.knownFailures()).extracting(ScenarioRun::scenarioId).containsExactly("SCN-PAY-03");
        assertThat(verdict.newFailures()).extracting(ScenarioRun::describe).containsExactly("SCN-ALI-CODE-03 en api — a scenario");
        assertThat(verdict.stale()).extracting(BaselineEntry::line).containsExactly(4);
        assertThat(verdict.passes()).isFalse();
    }

    @Test
    void knownFailuresAloneAndListedScenariosThatDidNotRunPass() {
        BaselineVerdict verdict = BaselineVerdict.of(baseline, List.of(run("SCN-PAY-03", "en", RunStatus.FAILED, "PAY-03"),
                run("SCN-PAY-03", "ru", RunStatus.PASSED, "PAY-03"), run("SCN-JRN-03", "en", RunStatus.NOT_APPLICABLE, "JRN-04")));

        assertThat(verdict.passes()).as("a line still failing somewhere is not stale").isTrue();
    }

    @Test
    void aLineWithoutThreeFieldsNamesItsNumber() {
        assertThatThrownBy(() -> Baseline.parse("b.txt", List.of("# x", "SCN-PAY-03 en"))).hasMessageContaining("b.txt:2");
    }

    @Test
    void aMissingFileIsAnEmptyBaseline() {
        assertThat(Baseline.read(Path.of("target", "no-such-baseline.txt")).entries()).isEmpty();
    }
}
