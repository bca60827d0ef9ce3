package com.buyerjourneykit.report;

import com.buyerjourneykit.drivers.Settings;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screen a browser scenario ended on, shown at the top of its page in the report, without
 * unfolding a step. Allure renames attachments when it writes the report, so the description
 * cannot point at the step's file; it carries the image itself (a data URL; Allure's description
 * passes the HTML through), no wider than the page. The steps keep their own screens.
 */
public final class FinalScreen implements TestLifecycleListener {
    private static final Map<String, String> CAPTION = Map.of(
            "en", "The screen at the end", "ru", "Экран в конце сценария",
            "tr", "Senaryonun sonundaki ekran", "zh-CN", "场景结束时的页面");

    @Override
    public void beforeTestStop(TestResult scenario) {
        lastScreen(scenario.getSteps()).flatMap(FinalScreen::read).ifPresent(screen -> scenario.setDescriptionHtml(
                Optional.ofNullable(scenario.getDescriptionHtml()).orElse("") + html(language(scenario), screen)));
    }

    static String html(String language, byte[] screen) {
        String caption = CAPTION.getOrDefault(language, CAPTION.get("en"));
        return "<p><strong>" + caption + "</strong></p>\n<p><img alt=\"" + caption
                + "\" style=\"max-width:100%;border:1px solid #ccc\" src=\"data:" + ScreenPicture.of(screen).mediaType() + ";base64,"
                + Base64.getEncoder().encodeToString(screen) + "\"></p>\n";
    }

    private static Optional<Attachment> lastScreen(List<StepResult> steps) {
        for (int step = steps.size() - 1; step >= 0; step--) {
            Optional<Attachment> screen = steps.get(step).getAttachments().stream()
                    .filter(attachment -> ScreenPicture.isPicture(attachment.getType())).reduce((first, second) -> second);
            if (screen.isPresent()) {
                return screen;
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> read(Attachment screen) {
        Path file = Path.of(Settings.get("allure.results.directory", "allure-results"), screen.getSource());
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String language(TestResult scenario) {
        return scenario.getLabels().stream().filter(label -> "language".equals(label.getName()))
                .map(Label::getValue).findFirst().orElse("en");
    }
}
