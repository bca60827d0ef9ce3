package com.buyerjourneykit.report.matrix;

import java.util.List;

/**
 * One requirement × language × channel.
 *
 * @param scenarios the feature file and line of each scenario run that carries the requirement
 * @param why       for failures and left-out runs, each distinct reason
 */
public record Cell(CellState state, List<String> scenarios, List<String> why) {
}
