package com.buyerjourneykit.report.matrix;

import com.buyerjourneykit.report.RequirementCatalogue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The matrix for machines: {@code requirements[].cells.<lang>.<channel>.state} and the scenarios behind it. */
final class MatrixJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MatrixJson() {
    }

    static String of(Matrix matrix, List<String> ids, List<String> languages, String runTime) {
        ObjectNode root = JSON.createObjectNode().put("run", runTime);
        root.putPOJO("languages", languages);
        root.putPOJO("channels", Matrix.CHANNELS);
        ObjectNode states = root.putObject("states");
        for (CellState state : CellState.values()) {
            states.put(state.code(), MatrixLegend.meaning(state));
        }
        var rows = root.putArray("requirements");
        for (String id : ids) {
            ObjectNode row = rows.addObject().put("id", id).put("text", RequirementCatalogue.text("en", id));
            ObjectNode cells = row.putObject("cells");
            for (String language : languages) {
                ObjectNode perChannel = cells.putObject(language);
                Matrix.CHANNELS.forEach(channel -> cell(perChannel.putObject(channel), matrix.cell(id, language, channel)));
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cell(ObjectNode node, Cell cell) {
        node.put("state", cell.state().code());
        node.putPOJO("scenarios", cell.scenarios());
        if (!cell.why().isEmpty()) {
            node.putPOJO("why", cell.why());
        }
    }
}
