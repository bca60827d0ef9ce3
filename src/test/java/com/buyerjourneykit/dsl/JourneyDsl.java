package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.PhoneInput;
import java.util.List;

/**
 * The journey as a whole: starting it with a mobile number (the only place a journey starts), the
 * guide's steps in order, where a buyer stands, coming back later (JRN-01, JRN-04).
 */
public final class JourneyDsl {
    private static final List<String> GUIDE_STEPS = List.of(
            "alipay-account", "1688-account", "world-account", "authorise-1688", "top-up-cnh", "order", "pay");
    private final JourneyContext journey;

    public JourneyDsl(JourneyContext journey) {
        this.journey = journey;
    }

    /** Starts (or resumes) the buyer's journey with their mobile number, then reads where it stands. */
    public void start(String alias) {
        startWith(alias);
        showProgress(alias);
    }

    public void comeBack(String alias) {
        Answer resumed = startWith(alias);
        assertThat(resumed.outcome()).as("answer to a buyer who comes back: %s", resumed).isEqualTo("journey-resumed");
        showProgress(alias);
    }

    /** Starting with a mobile number is where the number is checked: bad input is refused here. */
    public void startWithMobile(String countryCode, String mobile) {
        journey.remember(driver().start(new PhoneInput(countryCode, mobile)));
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

    public void assertStepStatus(String step, String status) {
        assertThat(journey.lastAnswer().fact(step)).as("status of %s (%s)", step, journey.lastAnswer()).isEqualTo(status);
    }

    private Answer startWith(String alias) {
        Answer started = journey.remember(driver().start(journey.buyer(alias).phone()));
        String id = started.fact("journeyId");
        if (id == null) {
            throw new AssertionError("The journey of '" + alias + "' did not start: " + started);
        }
        journey.journeys().started(alias, id);
        return started;
    }

    private void showProgress(String alias) {
        journey.remember(driver().progress(journey.journeys().of(alias)));
    }

    private JourneyDriver driver() {
        return journey.driver(JourneyDriver.class);
    }
}
