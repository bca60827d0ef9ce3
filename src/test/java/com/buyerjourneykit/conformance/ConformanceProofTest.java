package com.buyerjourneykit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.buyerjourneykit.reference.ReferenceApp;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.simulator.Simulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The conformance mode proven on known systems: the journey suite (REST, English, three features) runs
 * against the reference app behind a {@link RewritingProxy} given by bjk.sut.url, as a partner's system
 * would be; the summary must score the reference app 100 % and name exactly what each broken variant breaks.
 * Its own Surefire execution (a JVM of its own: the harness keeps one system under test per JVM).
 */
class ConformanceProofTest {
    private static final Path RESULTS = Path.of(System.getProperty("allure.results.directory", "target/conformance-proof/allure-results"));
    private static final Path SUMMARIES = Path.of("target", "conformance-proof");
    private static final List<String> FEATURES = List.of("features/en/00-journey/the-guide-in-order.feature",
            "features/en/01-alipay-account/enter-sms-code.feature", "features/en/06-pay-with-world-pay/payment-methods.feature");
    private static Simulator simulator;
    private static ReferenceApp app;
    private static RewritingProxy proxy;

    @BeforeAll
    static void startTheReferenceAppBehindTheProxy() throws IOException {
        simulator = Simulator.start(0, Path.of("stubs"));
        app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulator.baseUrl())
                .withDatabase("jdbc:h2:file:./target/reference-db/conformance-proof-" + System.currentTimeMillis()).withProviderTimeout(Duration.ofSeconds(3)));
        proxy = new RewritingProxy(app.baseUrl());
        System.setProperty("bjk.sut.url", proxy.baseUrl());
        System.setProperty("bjk.simulator.url", simulator.baseUrl());
        System.setProperty("bjk.channel", "api");
    }

    @AfterAll
    static void stop() {
        Stream.of("bjk.sut.url", "bjk.simulator.url", "bjk.channel", "bjk.profile").forEach(System::clearProperty);
        proxy.close();
        app.close();
        simulator.close();
    }

    @Test
    void theReferenceAppScoresAHundredPercentAndItsRestartCannotRunAgainstAnExternalSystem() throws IOException {
        JsonNode summary = run(BrokenVariant.NONE, "full");

        assertThat(summary.path("verdict").asText()).isEqualTo("pass");
        assertThat(summary.path("score").asText()).isEqualTo("100.0");
        assertThat(ids(summary, "failed")).isEmpty();
        assertThat(requirement(summary, "JRN-04").path("notApplicable").toString()).contains("cannot run against this system: @restart");
    }

    @Test
    void offeringWorldPayForATradeThatIsNotSecuredBreaksExactlyTheRulesOfWhenWorldPayIsOffered() throws IOException {
        JsonNode summary = run(BrokenVariant.WORLD_PAY_FOR_ANY_TRADE, "full");

        assertThat(ids(summary, "failed")).containsExactly("PAY-02", "PAY-03");
        assertThat(summary.path("verdict").asText()).isEqualTo("fail");
        assertThat(summary.path("problems").toString()).contains("new failure: SCN-PAY-03 en api");
    }

    @Test
    void forgettingTheResendCountdownBreaksExactlyTheCountdown() throws IOException {
        JsonNode summary = run(BrokenVariant.NO_RESEND_COUNTDOWN, "full");

        assertThat(ids(summary, "failed")).containsExactly("ALI-03");
    }

    @Test
    void scenariosOutsideThePartnersProfileAreNotApplicableNeverFailed() throws IOException {
        JsonNode summary = run(BrokenVariant.WORLD_PAY_FOR_ANY_TRADE, "accounts-only");

        assertThat(ids(summary, "failed")).isEmpty();
        assertThat(ids(summary, "not applicable")).containsExactly("PAY-01", "PAY-02", "PAY-03", "PAY-06");
        assertThat(requirement(summary, "PAY-03").path("notApplicable").get(0).asText())
                .startsWith("not applicable: outside profile accounts-only: its tags (");
        assertThat(summary.path("score").asText()).isEqualTo("100.0");
    }

    /** The conformance mode on one variant: a clean results folder, the journey, then the summary main. */
    private static JsonNode run(BrokenVariant variant, String profile) throws IOException {
        proxy.become(variant);
        System.setProperty("bjk.profile", profile);
        emptyResults();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("cucumber.glue", "com.buyerjourneykit.steps,com.buyerjourneykit.report")
                .configurationParameter("cucumber.plugin", "com.buyerjourneykit.report.JourneyReport, io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm");
        FEATURES.forEach(feature -> request.selectors(selectFile(feature)));
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build()).execute(request.build());
        Path out = SUMMARIES.resolve(variant.name().toLowerCase() + "-" + profile);
        ConformanceSummaryMain.main("--root=.", "--results=" + RESULTS, "--out=" + out, "--version=test",
                "--profile=" + profile, "--sut=" + proxy.baseUrl(), "--simulator=" + simulator.baseUrl(), "--baseline=conformance/baseline.txt");
        return new ObjectMapper().readTree(out.resolve(SummaryFiles.JSON).toFile());
    }

    private static void emptyResults() throws IOException {
        Files.createDirectories(RESULTS);
        try (Stream<Path> files = Files.list(RESULTS)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static List<String> ids(JsonNode summary, String status) {
        List<String> ids = new ArrayList<>();
        summary.path("requirements").forEach(requirement -> {
            if (requirement.path("status").asText().equals(status)) {
                ids.add(requirement.path("id").asText());
            }
        });
        return ids;
    }

    private static JsonNode requirement(JsonNode summary, String id) {
        for (JsonNode requirement : summary.path("requirements")) {
            if (requirement.path("id").asText().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError(id + " is not in the summary");
    }
}
