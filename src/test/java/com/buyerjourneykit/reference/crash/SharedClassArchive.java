package com.buyerjourneykit.reference.crash;

import com.buyerjourneykit.reference.store.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The classes an app process loads, archived once per test (AppCDS), so each of the many app JVMs the crash
 * check kills maps them instead of loading and verifying them: about half the CPU of a start (3.2 s to 1.8 s
 * measured). The archive is written by one extra app process that walks a journey on a throw-away database
 * and is stopped gently (the JVM writes the archive as it exits); the kill points checked stay the same.
 */
final class SharedClassArchive {
    private final Path archive;

    private SharedClassArchive(Path archive) {
        this.archive = archive;
    }

    /** Made by an app process that {@code exercise} drives; without an archive (the dump failed) starts are only slower. */
    static SharedClassArchive made(String simulatorUrl, Path log, Consumer<AppProcess> exercise) {
        Path archive = log.resolveSibling("app-" + System.nanoTime() + ".jsa");
        DatabaseSettings throwAway = DatabaseSettings.embedded("jdbc:h2:mem:class-archive");
        AppProcess dumping = AppProcess.start(simulatorUrl, throwAway, log, List.of("-XX:ArchiveClassesAtExit=" + archive));
        try {
            exercise.accept(dumping);
        } finally {
            dumping.stop();
        }
        return new SharedClassArchive(archive);
    }

    /** The options that map the archive, none when there is no archive. */
    List<String> jvmOptions() {
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }
}
