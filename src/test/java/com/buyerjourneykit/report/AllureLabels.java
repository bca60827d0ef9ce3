package com.buyerjourneykit.report;

import io.cucumber.plugin.event.TestCase;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes the Allure report read like the guidebook: grouped by language, guide section (the
 * folders of features/) and feature, in Suites and Behaviors alike; requirement IDs as links with
 * their text, and the channel as a parameter so the api and web runs of one scenario stay two results.
 */
final class AllureLabels {
    private static final Pattern REQUIREMENT = Pattern.compile("@([A-Z]{2,5}-\\d{2})");
    private static final Pattern FOLDERS = Pattern.compile("features/([^/]+)/([^/]+)/");
    private static final Map<String, String> LANGUAGES = Map.of(
            "en", "English", "ru", "Русский", "tr", "Türkçe", "zh-CN", "中文（简体）");
    /** Allure's grouping labels: Suites by the first three, Behaviors by the last three. */
    private static final List<String> GROUPS = List.of("language", "parentSuite", "suite", "subSuite", "epic", "feature", "story");

    private AllureLabels() {
    }

    /** Labels the scenario Allure holds open on this thread. */
    static void describe(TestCase scenario) {
        Matcher folders = FOLDERS.matcher(scenario.getUri().toString());
        boolean found = folders.find();
        String language = found ? folders.group(1) : "en";
        String section = found ? SectionNames.of(language, folders.group(2)) : "";
        List<String> requirements = scenario.getTags().stream()
                .map(REQUIREMENT::matcher).filter(Matcher::matches).map(match -> match.group(1))
                .collect(Collectors.toList());
        Allure.getLifecycle().updateTestCase(result -> describe(result, language, section, requirements));
    }

    private static void describe(TestResult result, String language, String section, List<String> requirements) {
        String channel = RunFacts.channel();
        List<Label> labels = new ArrayList<>(result.getLabels());
        result.setLabels(labels);
        String feature = labels.stream().filter(label -> label.getName().equals("feature")).map(Label::getValue).findFirst().orElse("");
        String languageName = languageName(language);
        labels.removeIf(label -> GROUPS.contains(label.getName()));
        labels.add(new Label().setName("language").setValue(language));
        labels.add(new Label().setName("channel").setValue(channel));
        group(labels, List.of("parentSuite", "suite", "subSuite"), languageName, section, feature);
        group(labels, List.of("epic", "feature", "story"), languageName, section, feature);
        List<Parameter> parameters = new ArrayList<>(result.getParameters());
        parameters.add(new Parameter().setName("channel").setValue(channel));
        result.setParameters(parameters);
        result.setHistoryId(result.getHistoryId() + "-" + channel);
        List<Link> links = new ArrayList<>(result.getLinks());
        requirements.forEach(id -> links.add(RequirementLinks.of(language, id)));
        result.setLinks(links);
        result.setDescription(RequirementLinks.description(language, requirements));
        result.setDescriptionHtml(RequirementLinks.html(language, requirements));
    }

    /** A language as its speakers name it: {@code zh-CN} → 中文（简体）. */
    static String languageName(String language) {
        return LANGUAGES.getOrDefault(language, language);
    }

    private static void group(List<Label> labels, List<String> levels, String... names) {
        for (int level = 0; level < levels.size(); level++) {
            labels.add(new Label().setName(levels.get(level)).setValue(names[level]));
        }
    }
}
