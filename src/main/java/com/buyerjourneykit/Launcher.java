package com.buyerjourneykit;

import com.buyerjourneykit.reference.ReferenceApp;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.reference.store.DatabaseSettings;
import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar buyer-journey-kit.jar simulator --port 8089 [--stubs stubs]} or
 * {@code java -jar buyer-journey-kit.jar app --port 8080 --simulator http://localhost:8089}, with another
 * WorldFirst or MyInvois if asked ({@link WorldFirstClientOptions}, {@link MyInvoisClientOptions});
 * both listen on 127.0.0.1 unless {@code --host} names another address (0.0.0.0 in a container).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine line = new CommandLine(Arrays.asList(args));
        switch (line.command()) {
            case "simulator":
                startSimulator(line);
                break;
            case "app":
                startApp(line);
                break;
            default:
                System.err.println(usage());
                System.exit(2);
        }
    }

    private static void startSimulator(CommandLine line) {
        Simulator simulator = Simulator.start(line.option("--host", Simulator.LOOPBACK), line.intOption("--port", 8089),
                Path.of(line.option("--stubs", "stubs")));
        System.out.println("Simulator listening on " + simulator.baseUrl()
                + " (providers under /alipay, /1688, /worldfirst, /myinvois; control under /__admin/sim)");
    }

    private static void startApp(CommandLine line) {
        String simulator = line.option("--simulator", "http://localhost:8089");
        ReferenceAppSettings settings = ReferenceAppSettings.forSimulator(simulator)
                .withBindAddress(line.option("--host", ReferenceAppSettings.LOOPBACK))
                .withPort(line.intOption("--port", 8080))
                .withDatabase(database(line))
                .withProviderTimeout(Duration.ofMillis(line.intOption("--provider-timeout-ms", 5000)))
                .withMember1688App(environment("BJK_1688_APP_KEY", ReferenceAppSettings.SIMULATOR_1688_APP_KEY),
                        environment("BJK_1688_APP_SECRET", ReferenceAppSettings.SIMULATOR_1688_APP_SECRET))
                .withWorldFirst(new WorldFirstClientOptions(name -> line.option(name, null), System::getenv).settings(simulator))
                .withMyInvois(new MyInvoisClientOptions(name -> line.option(name, null), System::getenv).settings(simulator));
        ReferenceApp app = ReferenceApp.start(settings);
        System.out.println("Reference app listening on " + app.baseUrl() + "/en/");
    }

    /**
     * {@code --db} / {@code BJK_DB_URL} and {@code --db-user} / {@code BJK_DB_USER}; the password only from
     * {@code BJK_DB_PASSWORD}. With neither URL nor user: the embedded H2 file and its own user.
     */
    private static DatabaseSettings database(CommandLine line) {
        String url = line.option("--db", environment("BJK_DB_URL", ReferenceAppSettings.DEFAULT_DATABASE));
        String user = line.option("--db-user", environment("BJK_DB_USER", null));
        return user == null ? DatabaseSettings.embedded(url) : new DatabaseSettings(url, user, environment("BJK_DB_PASSWORD", ""));
    }

    /** Secrets come from the environment, never from the command line, where other users could read them. */
    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar buyer-journey-kit.jar simulator [--host 127.0.0.1] [--port 8089] [--stubs stubs]",
                "       java -jar buyer-journey-kit.jar app [--host 127.0.0.1] [--port 8080] [--simulator http://localhost:8089] [--db jdbc:h2:file:./journeys]",
                "           [--worldfirst-url <simulator>/worldfirst] [--worldfirst-client-id bjk-reference-app] [--worldfirst-key-version 1]",
                "           [--worldfirst-private-key-file client-private.pem] [--worldfirst-public-key-file worldfirst-public.pem]",
                "           [--myinvois-url <simulator>/myinvois] [--myinvois-client-id bjk-reference-app]",
                "           [--myinvois-taxpayer-tin IG12345678901] [--myinvois-taxpayer-name NAME]   (env: BJK_MYINVOIS_CLIENT_SECRET)",
                "           [--db-user NAME] [--provider-timeout-ms 5000]   (env: BJK_DB_URL, BJK_DB_USER, BJK_DB_PASSWORD)");
    }

    /** The command and its {@code --name value} options. */
    private static final class CommandLine {
        private final List<String> words;

        CommandLine(List<String> words) {
            this.words = words;
        }

        String command() {
            return words.isEmpty() ? "" : words.get(0);
        }

        String option(String name, String fallback) {
            int at = words.indexOf(name);
            return at < 0 || at + 1 >= words.size() ? fallback : words.get(at + 1);
        }

        int intOption(String name, int fallback) {
            String value = option(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                System.err.println(name + " must be a whole number (a port: 0 to 65535), not " + value);
                System.exit(2);
                return fallback;
            }
        }
    }
}
