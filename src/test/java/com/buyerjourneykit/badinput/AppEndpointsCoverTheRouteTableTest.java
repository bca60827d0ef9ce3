package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.reference.journey.InMemoryJourneyStore;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.sections.GuideSections;
import com.buyerjourneykit.reference.sections.SectionContext;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A new guide section's REST routes cannot be forgotten by the bad input: the endpoints listed are exactly the app's route table. */
class AppEndpointsCoverTheRouteTableTest {

    @Test
    void everyRestRouteOfTheAppIsSentBadInput() {
        assertThat(fuzzed()).isEqualTo(routes());
    }

    @Test
    void everyEndpointListedCarriesTheJourneyItNeeds() {
        assertThat(AppEndpoints.ALL).allSatisfy(endpoint -> assertThat(endpoint.journey() == AppEndpoint.Journey.NONE)
                .as("%s is called without a prepared journey", endpoint).isEqualTo(!endpoint.path().contains("{journeyId}")));
    }

    /** Nothing is called, so no simulator is needed. */
    private static Set<String> routes() {
        Journeys journeys = new Journeys(new InMemoryJourneyStore(), GuideSections.steps());
        SectionContext context = SectionContext.of(ReferenceAppSettings.forSimulator("http://localhost:1"), journeys);
        return GuideSections.routes(context).apiPaths();
    }

    /** The endpoints' paths without their query, and the notifications, which get bad input of their own. */
    private static Set<String> fuzzed() {
        Set<String> paths = new TreeSet<>();
        AppEndpoints.ALL.forEach(endpoint -> paths.add(endpoint.path().replaceFirst("\\?.*", "")));
        paths.add(AppEndpoints.NOTIFICATIONS);
        return paths;
    }
}
