package com.buyerjourneykit.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes reports/conformance/summary.json and index.html from this run's Allure results. Run by the
 * {@code conformance} profile after the journey run (post-integration-test), whatever its outcome; the
 * verdict turns into the build's exit code later ({@link ConformanceVerdictMain}), once the report exists.
 */
public final class ConformanceSummaryMain {
    private ConformanceSummaryMain() {
    }

    public static void main(String... args) {
        MainArguments arguments = MainArguments.of(args);
        Path root = Path.of(arguments.get("root", "."));
        Path results = root.resolve(arguments.get("results", "reports/allure-results"));
        List<ScenarioRun> runs = AllureResults.read(results);
        RunContext context = new RunContext(arguments.get("version", "unknown"), TreeHash.of(root, List.of("features", "stubs")),
                system(arguments), arguments.get("channel").orElseGet(() -> channelsOf(runs)),
                arguments.get("simulator", "in-process simulator"),
                ConformanceProfile.load(arguments.get("profile", "full"), root.resolve(ConformanceProfile.PROFILES)), shown(root, results));
        Path baseline = root.resolve(arguments.get("baseline", "conformance/baseline.txt"));
        ConformanceSummary summary = ConformanceSummary.of(context, runs, Baseline.read(baseline, shown(root, baseline)));
        Path out = root.resolve(arguments.get("out", "reports/conformance"));
        SummaryFiles.write(summary, out);
        System.out.println("Conformance summary " + out.resolve(SummaryFiles.JSON) + ": " + (summary.passes() ? "pass" : "fail")
                + ", score " + summary.requirements().score().map(score -> score + " %").orElse("—"));
    }

    /** A path inside the project as the project names it, so the summary reads the same on every machine. */
    private static String shown(Path root, Path path) {
        Path project = root.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(project) ? project.relativize(absolute).toString() : absolute.toString();
    }

    private static String system(MainArguments arguments) {
        return arguments.get("sut").orElseGet(() -> "reference implementation (" + arguments.get("systems", "in-process") + ")");
    }

    private static String channelsOf(List<ScenarioRun> runs) {
        return runs.stream().map(ScenarioRun::channel).distinct().sorted().collect(Collectors.joining(", "));
    }
}
