package com.buyerjourneykit.reference.sections;

import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.providers.AopCall;
import com.buyerjourneykit.reference.providers.ProviderHttp;
import com.buyerjourneykit.reference.providers.WorldFirstCall;
import com.buyerjourneykit.reference.providers.WorldFirstSigner;
import java.time.Clock;
import java.time.Duration;

/** What every section builds its services from: the journeys, the HTTP client to the providers, the settings and the clock. */
public record SectionContext(Journeys journeys, ProviderHttp http, ReferenceAppSettings settings, Clock clock) {

    /** Connecting to a provider takes at most 2 s; an answer at most the settings' provider timeout. */
    public static SectionContext of(ReferenceAppSettings settings, Journeys journeys) {
        return new SectionContext(journeys, new ProviderHttp(Duration.ofSeconds(2), settings.providerTimeout()), settings,
                Clock.systemUTC());
    }

    /** Signs as the configured WorldFirst client and checks WorldFirst's signatures (answers and notifications). */
    public WorldFirstSigner worldFirstSigner() {
        return new WorldFirstSigner(settings.worldFirst(), clock);
    }

    /** WorldFirst's gateway, reached as the configured client, signing with {@code signer}. */
    public WorldFirstCall worldFirst(WorldFirstSigner signer) {
        return new WorldFirstCall(settings.worldFirst().url(), signer, http);
    }

    /** 1688's open-platform gateway, signed as the configured 1688 app. */
    public AopCall member1688() {
        return new AopCall(settings.member1688Url(), new AopCall.AopApp(settings.member1688AppKey(),
                settings.member1688AppSecret()), http, clock);
    }
}
