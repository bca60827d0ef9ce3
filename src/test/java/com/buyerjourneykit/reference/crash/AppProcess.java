package com.buyerjourneykit.reference.crash;

import com.buyerjourneykit.reference.store.DatabaseSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference app as a real, separate JVM started through the launcher, exactly as a partner runs it,
 * so that it can be killed the hard way ({@code kill -9}): no shutdown hook, no database close.
 */
final class AppProcess {
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Started on a free port and answering HTTP, or the test fails with the log's path. The database's
     * password goes in the environment ({@code BJK_DB_PASSWORD}), as a partner would pass it.
     */
    static AppProcess start(String simulatorUrl, DatabaseSettings database, Path log, List<String> jvmOptions) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ChildClassPath.VALUE, "com.buyerjourneykit.Launcher", "app", "--port", String.valueOf(port),
                "--simulator", simulatorUrl, "--db", database.jdbcUrl(), "--db-user", database.user()));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("BJK_DB_PASSWORD", database.password());
            Process process = builder.start();
            AppProcess app = new AppProcess(process, port);
            app.awaitReady(log);
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the app process", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL, as {@code kill -9}: the JVM gets no chance to flush or close anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the JVM exits as after Ctrl-C, running its exit work (such as writing a class archive). */
    void stop() {
        process.destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the port until it answers; each pause is a wait for the process to die, so a crash ends the wait at once. */
    private void awaitReady(Path log) {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (answers() || exitedWithin(Duration.ofMillis(100))) {
                break;
            }
        }
        if (!process.isAlive() || !answers()) {
            kill();
            throw new IllegalStateException("the app did not answer on port " + port + "; see " + log);
        }
    }

    private boolean answers() {
        try {
            HttpRequest ping = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/journeys/ping"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean exitedWithin(Duration pause) {
        try {
            return process.waitFor(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This JVM's class path as jars only (a class archive needs them), packed on first use. */
    private static final class ChildClassPath {
        static final String VALUE = JarredClassPath.of(System.getProperty("java.class.path"),
                Path.of("target", "crash-test", "class-path-" + System.nanoTime()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
