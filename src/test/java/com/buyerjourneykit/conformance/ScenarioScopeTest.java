package com.buyerjourneykit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The kit's profiles and a partner's own file decide what applies; a restart of an external system cannot run. */
class ScenarioScopeTest {
    private static final List<String> SECTION_3 = List.of("@section-3", "@worldfirst", "@WFA-01");
    private static final List<String> GOLDEN_PATH = List.of("@journey", "@golden-path", "@myinvois", "@JRN-10");
    private static final List<String> RESTART = List.of("@section-0", "@restart", "@JRN-04");

    @Test
    void accountsOnlyLeavesOutTheLaterSectionsAndTheGoldenPathSayingWhy() {
        ConformanceProfile accounts = profile("accounts-only");

        assertThat(accounts.whyOutside(List.of("@section-2", "@REG-03"), "api")).isEmpty();
        assertThat(accounts.whyOutside(SECTION_3, "api")).hasValue(
                "its tags (@WFA-01 @section-3 @worldfirst) do not match @section-0 or @section-1 or @section-2 or @section-99");
        assertThat(accounts.whyOutside(GOLDEN_PATH, "api")).isPresent();
    }

    @Test
    void noEInvoiceLeavesOutSectionSevenAndEveryMyInvoisSubmission() {
        ConformanceProfile noInvoice = profile("no-e-invoice");

        assertThat(noInvoice.whyOutside(List.of("@section-7", "@INV-02"), "api")).isPresent();
        assertThat(noInvoice.whyOutside(GOLDEN_PATH, "api")).isPresent();
        assertThat(noInvoice.whyOutside(SECTION_3, "web")).isEmpty();
    }

    @Test
    void restOnlyLeavesOutEveryOtherChannelAndFullNothing() {
        assertThat(profile("rest-only").whyOutside(SECTION_3, "web")).hasValue("channel web is not one of api");
        assertThat(profile("rest-only").whyOutside(SECTION_3, "api")).isEmpty();
        assertThat(profile("full").whyOutside(GOLDEN_PATH, "com.partner.Drivers")).isEmpty();
        assertThat(ConformanceProfile.load(null, ConformanceProfile.PROFILES)).isEqualTo(ConformanceProfile.FULL);
    }

    @Test
    void aPartnersOwnFileIsAProfileNamedAfterIt(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("acme.properties"), "scenarios=@section-1\nchannels=api, com.acme.Drivers\n");

        ConformanceProfile acme = ConformanceProfile.load(file.toString(), ConformanceProfile.PROFILES);

        assertThat(acme.name()).isEqualTo("acme");
        assertThat(acme.whyOutside(List.of("@section-1"), "com.acme.Drivers")).isEmpty();
        assertThatThrownBy(() -> ConformanceProfile.load("acme", folder.resolve("none"))).hasMessageContaining("no profile");
    }

    @Test
    void outsideTheProfileIsNotApplicableAndARestartOfAnExternalSystemCannotRun() {
        ScenarioScope external = new ScenarioScope(profile("accounts-only"), "api", Optional.of("https://partner.example"));

        assertThatThrownBy(() -> external.require(SECTION_3)).isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("not applicable: outside profile accounts-only: its tags");
        assertThatThrownBy(() -> external.require(RESTART)).isInstanceOf(TestAbortedException.class)
                .hasMessage("cannot run against this system: @restart restarts the app on its store, which the harness cannot do "
                        + "to the system at https://partner.example (bjk.sut.url)");
        assertThatCode(() -> new ScenarioScope(profile("full"), "api", Optional.empty()).require(RESTART)).doesNotThrowAnyException();
    }

    private static ConformanceProfile profile(String name) {
        return ConformanceProfile.load(name, ConformanceProfile.PROFILES);
    }
}
