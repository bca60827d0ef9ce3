package com.buyerjourneykit.report;

import com.buyerjourneykit.drivers.Settings;
import com.buyerjourneykit.dsl.JourneyContext;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cucumber plugin, listed before Allure's: when a step finishes — while Allure still holds it
 * open — it labels the scenario once (language, guide section, requirements, channel) and puts
 * the screen the step left behind into that step. The hooks leave the report (GuideOnlyFixtures),
 * so it shows only the guide's own steps. When the run ends it writes the requirement catalogue's pages.
 */
public final class JourneyReport implements ConcurrentEventListener {
    /** Copied into the report by the build once Allure has written it (see CatalogueSite). */
    private static final Path SITE = Path.of(Settings.get("bjk.requirements.site", "target/requirements-site"));
    private static volatile boolean on;
    private final Set<UUID> labelled = ConcurrentHashMap.newKeySet();

    public JourneyReport() {
        on = true;
    }

    /** Whether this JVM runs the journey suite, whose report holds only the guide (see GuideOnlyFixtures). */
    static boolean isOn() {
        return on;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, finished -> labelled.remove(finished.getTestCase().getId()));
        publisher.registerHandlerFor(TestRunFinished.class, finished -> CatalogueSite.write(SITE));
    }

    private void stepFinished(TestStepFinished finished) {
        if (!(finished.getTestStep() instanceof PickleStepTestStep)) {
            return;
        }
        if (labelled.add(finished.getTestCase().getId())) {
            AllureLabels.describe(finished.getTestCase());
        }
        JourneyContext.onThisThread().flatMap(JourneyContext::screenshot).ifPresent(JourneyReport::attachScreen);
    }

    private static void attachScreen(byte[] screen) {
        ScreenPicture picture = ScreenPicture.of(screen);
        Allure.getLifecycle().addAttachment("Screen after this step", picture.mediaType(), picture.extension(),
                new ByteArrayInputStream(screen));
    }
}
