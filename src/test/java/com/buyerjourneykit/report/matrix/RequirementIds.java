package com.buyerjourneykit.report.matrix;

import com.buyerjourneykit.report.CatalogueFile;
import com.buyerjourneykit.report.RequirementCatalogue;
import com.buyerjourneykit.report.guidebook.ScenarioRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The matrix's rows: every ID of the catalogue in its order, then any ID a scenario carries that
 * the catalogue lacks (so a stray tag shows up rather than hides).
 */
final class RequirementIds {
    private RequirementIds() {
    }

    static List<String> of(List<ScenarioRun> runs) {
        Set<String> ids = new LinkedHashSet<>();
        catalogueFirst().forEach(file -> ids.addAll(file.entries().keySet()));
        runs.forEach(run -> ids.addAll(run.requirements()));
        return List.copyOf(ids);
    }

    private static List<CatalogueFile> catalogueFirst() {
        List<CatalogueFile> files = new ArrayList<>(RequirementCatalogue.languages());
        files.sort((one, other) -> Boolean.compare(!one.language().equals("en"), !other.language().equals("en")));
        return files;
    }
}
