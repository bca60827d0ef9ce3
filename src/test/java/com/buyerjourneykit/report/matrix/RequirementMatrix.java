package com.buyerjourneykit.report.matrix;

import com.buyerjourneykit.report.guidebook.GeneratedFiles;
import com.buyerjourneykit.report.guidebook.ScenarioRun;
import com.buyerjourneykit.report.guidebook.PageWords;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the requirement matrix of a run, {@code <out>/index.html} and {@code <out>/matrix.json}.
 * Arguments: the Allure results folder, the output folder.
 */
public final class RequirementMatrix {
    private RequirementMatrix() {
    }

    public static void main(String[] args) {
        Path results = Path.of(args.length > 0 ? args[0] : "reports/allure-results");
        Path out = Path.of(args.length > 1 ? args[1] : "reports/matrix");
        GeneratedFiles.generate("matrix", results, out, RequirementMatrix::write);
    }

    static void write(List<ScenarioRun> runs, Path out) {
        Matrix matrix = new Matrix(runs);
        List<String> ids = RequirementIds.of(runs);
        String runTime = GeneratedFiles.runTime(runs);
        GeneratedFiles.save(out.resolve("index.html"), MatrixPage.html(matrix, ids, PageWords.LANGUAGES, runTime));
        GeneratedFiles.save(out.resolve("matrix.json"), MatrixJson.of(matrix, ids, PageWords.LANGUAGES, runTime));
    }
}
