package com.buyerjourneykit.conformance;

import static com.buyerjourneykit.conformance.ScenarioRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A requirement passes when every applicable run carrying it passed, in every language and channel; the score counts requirements. */
class RequirementVerdictsTest {

    @Test
    void oneFailedLanguageFailsTheRequirementAndNotApplicableRunsDoNotCount() {
        RequirementVerdicts verdicts = RequirementVerdicts.of(List.of(
                run("SCN-A", "en", RunStatus.PASSED, "ALI-02", "ALI-03"),
                run("SCN-A", "ru", RunStatus.FAILED, "ALI-02", "ALI-03"),
                run("SCN-B", "en", RunStatus.PASSED, "ALI-07"),
                run("SCN-B", "tr", RunStatus.NOT_APPLICABLE, "ALI-07"),
                run("SCN-C", "en", RunStatus.NOT_APPLICABLE, "PAY-01")));

        assertThat(verdicts.ids(RunStatus.FAILED)).containsExactly("ALI-02", "ALI-03");
        assertThat(verdicts.ids(RunStatus.PASSED)).containsExactly("ALI-07");
        assertThat(verdicts.ids(RunStatus.NOT_APPLICABLE)).containsExactly("PAY-01");
        assertThat(verdicts.score()).hasValueSatisfying(score -> assertThat(score.toPlainString()).isEqualTo("33.3"));
    }

    @Test
    void theScoreHasOneDecimalRoundedHalfUp() {
        RequirementVerdicts twoOfThree = RequirementVerdicts.of(List.of(run("S1", "en", RunStatus.PASSED, "A-01", "A-02"),
                run("S2", "en", RunStatus.FAILED, "A-03")));
        RequirementVerdicts all = RequirementVerdicts.of(List.of(run("S1", "en", RunStatus.PASSED, "A-01")));

        assertThat(twoOfThree.score().orElseThrow().toPlainString()).isEqualTo("66.7");
        assertThat(all.score().orElseThrow().toPlainString()).isEqualTo("100.0");
    }

    @Test
    void withNothingApplicableThereIsNoScore() {
        assertThat(RequirementVerdicts.of(List.of(run("S1", "en", RunStatus.NOT_APPLICABLE, "A-01"))).score()).isEmpty();
        assertThat(RequirementVerdicts.of(List.of()).score()).isEmpty();
    }
}
