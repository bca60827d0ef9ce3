package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Settings;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last screen is shown at the top of the scenario: an image inside the description, captioned in the scenario's language. */
class FinalScreenTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void theScreenIsAnImageInTheDescriptionCaptionedInTheScenariosLanguage() {
        String html = FinalScreen.html("ru", PNG);

        assertThat(html).contains("<strong>Экран в конце сценария</strong>")
                .contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(PNG) + "\">");
    }

    @Test
    void aJpegScreenIsAJpegImage() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

        assertThat(FinalScreen.html("en", jpeg)).contains("src=\"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg) + "\">");
    }

    @Test
    void theLastStepWithAScreenGivesTheImage() throws IOException {
        Path results = Path.of(Settings.get("allure.results.directory", "allure-results"));
        Files.createDirectories(results);
        Files.write(results.resolve("final-screen-test-attachment.png"), PNG);
        StepResult shown = new StepResult().setAttachments(List.of(new Attachment().setType("image/png")
                .setSource("final-screen-test-attachment.png")));
        TestResult scenario = new TestResult().setDescriptionHtml("<p>Requirements</p>")
                .setLabels(List.of(new Label().setName("language").setValue("tr")))
                .setSteps(List.of(new StepResult(), shown, new StepResult()));

        new FinalScreen().beforeTestStop(scenario);

        assertThat(scenario.getDescriptionHtml()).isEqualTo("<p>Requirements</p>" + FinalScreen.html("tr", PNG));
        Files.delete(results.resolve("final-screen-test-attachment.png"));
    }

    @Test
    void aScenarioWithoutScreensKeepsItsDescription() {
        TestResult scenario = new TestResult().setDescriptionHtml("<p>Requirements</p>").setSteps(List.of(new StepResult()));

        new FinalScreen().beforeTestStop(scenario);

        assertThat(scenario.getDescriptionHtml()).isEqualTo("<p>Requirements</p>");
    }

    @Test
    void aLanguageWithoutACaptionGetsTheEnglishOne() {
        assertThat(FinalScreen.html("de", PNG)).startsWith("<p><strong>The screen at the end</strong>");
    }
}
