package com.buyerjourneykit.report.guidebook;

import java.nio.file.Path;
import java.util.Optional;

/** One step as it ran: its sentence, its verdict, and the screen the browser showed after it, if any. */
public record StepRun(String sentence, Verdict verdict, Optional<Path> screen) {
}
