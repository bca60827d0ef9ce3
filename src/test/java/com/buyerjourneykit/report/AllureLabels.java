package com.buyerjourneykit.report;

import io.cucumber.java.BeforeStep;
import io.cucumber.java.Scenario;
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
 * Makes the Allure report read like the guidebook: grouped by language and guide section (the
 * folders of features/), requirement IDs as links with their text, and the channel as a
 * parameter so the api and web runs of one scenario stay two results. Runs before the first
 * step, where Allure's current test case is the scenario (in a Before hook it is the fixture).
 */
public class AllureLabels {
    private static final Pattern REQUIREMENT = Pattern.compile("@([A-Z]{2,5}-\\d{2})");
    private static final Pattern FOLDERS = Pattern.compile("features/([^/]+)/([^/]+)/");
    private static final Map<String, String> LANGUAGES = Map.of(
            "en", "English", "ru", "Русский", "tr", "Türkçe", "zh-CN", "中文（简体）");
    private boolean labelled;

    @BeforeStep
    public void label(Scenario scenario) {
        if (labelled) {
            return;
        }
        labelled = true;
        Matcher folders = FOLDERS.matcher(scenario.getUri().toString());
        String language = folders.find() ? folders.group(1) : "en";
        String section = folders.hitEnd() ? "" : sectionTitle(folders.group(2));
        List<String> requirements = scenario.getSourceTagNames().stream()
                .map(REQUIREMENT::matcher).filter(Matcher::matches).map(match -> match.group(1))
                .collect(Collectors.toList());
        Allure.getLifecycle().updateTestCase(result -> describe(result, language, section, requirements));
    }

    private static void describe(TestResult result, String language, String section, List<String> requirements) {
        String channel = RunFacts.channel();
        List<Label> labels = new ArrayList<>(result.getLabels());
        result.setLabels(labels);
        labels.removeIf(label -> List.of("language", "parentSuite", "suite", "epic").contains(label.getName()));
        labels.add(new Label().setName("language").setValue(language));
        labels.add(new Label().setName("parentSuite").setValue(LANGUAGES.getOrDefault(language, language)));
        labels.add(new Label().setName("suite").setValue(section));
        labels.add(new Label().setName("epic").setValue(section));
        labels.add(new Label().setName("channel").setValue(channel));
        List<Parameter> parameters = new ArrayList<>(result.getParameters());
        parameters.add(new Parameter().setName("channel").setValue(channel));
        result.setParameters(parameters);
        result.setHistoryId(result.getHistoryId() + "-" + channel);
        List<Link> links = new ArrayList<>(result.getLinks());
        requirements.forEach(id -> links.add(new Link().setName(id).setType("tms").setUrl(RequirementCatalogue.url(id))));
        result.setLinks(links);
        result.setDescription(requirements.stream()
                .map(id -> "**" + id + "** " + RequirementCatalogue.text(id))
                .collect(Collectors.joining("\n\n", "Requirements checked:\n\n", "")));
    }

    /** "01-alipay-account" → "1 · alipay account". */
    static String sectionTitle(String folder) {
        return folder.replaceFirst("^0?(\\d+)-", "$1 · ").replace('-', ' ');
    }
}
