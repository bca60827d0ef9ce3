package com.buyerjourneykit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ExclusiveResourcesTest {

    @Test
    void theTagsInJunitPlatformPropertiesNameTheirResourceAndHowItIsUsed() {
        assertThat(ExclusiveResources.needed(List.of("@section-7", "@myinvois"))).isEqualTo(Map.of("myinvois-client", false));
        assertThat(ExclusiveResources.needed(List.of("@myinvois", "@myinvois-faults"))).isEqualTo(Map.of("myinvois-client", true));
        assertThat(ExclusiveResources.needed(List.of("@section-1", "@ui"))).isEmpty();
    }

    @Test
    @Timeout(30) // a writer that never queues would otherwise spin for ever
    void aScenarioThatWritesWaitsUntilTheReadersHaveGivenTheResourceBack() throws Exception {
        ExclusiveResources.Held reader = ExclusiveResources.take(List.of("@myinvois"));
        ExclusiveResources.Held otherReader = ExclusiveResources.take(List.of("@myinvois"));
        CompletableFuture<Void> writer =
                CompletableFuture.runAsync(() -> ExclusiveResources.take(List.of("@myinvois-faults")).giveBack());
        while (!ExclusiveResources.someoneWaitsFor("myinvois-client")) {
            Thread.onSpinWait();
        }

        assertThat(writer).isNotDone();
        reader.giveBack();
        otherReader.giveBack();
        writer.get(10, TimeUnit.SECONDS);
        assertThat(writer).isCompleted();
    }
}
