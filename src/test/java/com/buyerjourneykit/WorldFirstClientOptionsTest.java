package com.buyerjourneykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.buyerjourneykit.reference.WorldFirstClientSettings;
import com.buyerjourneykit.signing.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partner points the app at another WorldFirst with options or BJK_WORLDFIRST_* variables; keys come from files. */
class WorldFirstClientOptionsTest {
    private static final String SIMULATOR = "http://localhost:8089";

    @Test
    void unsetItIsTheSimulatorsPublishedTestClient() {
        WorldFirstClientSettings settings = new WorldFirstClientOptions(name -> null, name -> null).settings(SIMULATOR);
        assertThat(settings.url()).isEqualTo(SIMULATOR + "/worldfirst");
        assertThat(settings.clientId()).isEqualTo(WorldFirstClientSettings.SIMULATOR_CLIENT_ID);
        assertThat(settings.keyVersion()).isEqualTo("1");
        assertThat(settings.clientPrivateKeyPem()).isEqualTo(Pem.resource("client-private.pem"));
    }

    @Test
    void variablesNameAnotherWorldFirstAndAnOptionWinsOverAVariable(@TempDir Path keys) throws IOException {
        Path privateKey = Files.writeString(keys.resolve("partner-private.pem"), Pem.resource("client-private.pem"));
        Path publicKey = Files.writeString(keys.resolve("worldfirst-public.pem"), Pem.resource("simulator-public.pem"));
        Map<String, String> environment = Map.of("BJK_WORLDFIRST_URL", "https://open-sea.example/wf",
                "BJK_WORLDFIRST_CLIENT_ID", "partner-client", "BJK_WORLDFIRST_KEY_VERSION", "3",
                "BJK_WORLDFIRST_PRIVATE_KEY_FILE", privateKey.toString(), "BJK_WORLDFIRST_PUBLIC_KEY_FILE", publicKey.toString());
        Map<String, String> options = Map.of("--worldfirst-client-id", "option-client");
        WorldFirstClientSettings settings = new WorldFirstClientOptions(options::get, environment::get).settings(SIMULATOR);
        assertThat(settings.url()).isEqualTo("https://open-sea.example/wf");
        assertThat(settings.clientId()).isEqualTo("option-client");
        assertThat(settings.keyVersion()).isEqualTo("3");
        assertThat(settings.clientPrivateKeyPem()).isEqualTo(Pem.resource("client-private.pem"));
        assertThat(settings.worldFirstPublicKeyPem()).isEqualTo(Pem.resource("simulator-public.pem"));
        assertThat(settings.toString()).doesNotContain(Pem.resource("client-private.pem").lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aKeyFileThatCannotBeReadNamesTheOptionAndTheVariable(@TempDir Path keys) {
        Map<String, String> options = Map.of("--worldfirst-private-key-file", keys.resolve("missing.pem").toString());
        WorldFirstClientOptions missing = new WorldFirstClientOptions(options::get, name -> null);
        assertThatThrownBy(() -> missing.settings(SIMULATOR)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("--worldfirst-private-key-file").hasMessageContaining("BJK_WORLDFIRST_PRIVATE_KEY_FILE");
    }
}
