package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import java.util.List;

/** The journey as a whole: the guide's steps in order, where a buyer stands, coming back later (JRN-01, JRN-04). */
public final class JourneyDsl {
    private static final List<String> GUIDE_STEPS = List.of(
            "alipay-account", "1688-account", "world-account", "authorise-1688", "top-up-cnh", "order", "pay");
    private final JourneyContext journey;

    public JourneyDsl(JourneyContext journey) {
        this.journey = journey;
    }

    public void start(String alias) {
        journey.journeyOf(alias);
        journey.remember(journey.channel().journey().progress(journey.journeyOf(alias)));
    }

    public void comeBack(String alias) {
        journey.forgetJourneyOf(alias);
        journey.journeyOf(alias);
        Answer started = journey.lastAnswer();
        assertThat(started.outcome()).as("answer to a buyer who comes back: %s", started).isEqualTo("journey-resumed");
        journey.remember(journey.channel().journey().progress(journey.journeyOf(alias)));
    }

    public void restartSystem() {
        journey.restartSystem();
    }

    public void assertGuideStepsInOrder(String commaSeparated) {
        List<String> expected = List.of(commaSeparated.split("\\s*,\\s*"));
        assertThat(expected).as("the guide's steps (JRN-01)").isEqualTo(GUIDE_STEPS);
        List<String> shown = journey.lastAnswer().facts().keySet().stream().filter(GUIDE_STEPS::contains).toList();
        assertThat(shown).as("steps the journey shows, in order").isEqualTo(expected);
    }

    public void assertNextStep(String step) {
        assertThat(journey.lastAnswer().fact("next")).as("the next step (%s)", journey.lastAnswer()).isEqualTo(step);
    }

    public void assertStepStatus(String step, String status) {
        assertThat(journey.lastAnswer().fact(step)).as("status of %s (%s)", step, journey.lastAnswer()).isEqualTo(status);
    }
}
