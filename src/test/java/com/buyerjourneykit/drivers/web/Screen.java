package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What every page of the reference app shows the same way: the outcome banner, field errors and the
 * generic facts ({@code <data data-testid="fact" data-name=… value=…>}, under the names the REST API
 * gives them: a section needs no attribute of its own). Each is read in one round trip (PageReading).
 */
class Screen {
    static final Target OUTCOME = Target.the("outcome banner", "outcome");
    static final Target FIELD_ERROR = Target.the("field error", "field-error");
    static final Target FACT = Target.the("a fact of the answer (data-name, value)", "fact");
    protected final WebDriver browser;

    Screen(WebDriver browser) {
        this.browser = browser;
    }

    /** The answer the page shows, or {@code quiet} when it shows neither an outcome nor a field error. */
    Answer answer(String quiet) {
        return answerIn(script(PageReading.ANSWER), quiet);
    }

    /** The answer the page shows (as {@link #answer}), with every fact the page carries beside it. */
    Answer answerWithPageFacts(String quiet) {
        Map<String, Object> read = script(PageReading.ANSWER);
        Answer shown = answerIn(read, quiet);
        Map<String, String> facts = pairs(read.get("page"));
        facts.putAll(shown.facts());
        return Answer.of(shown.outcome(), facts);
    }

    /** An answer read by {@link PageReading#ANSWER}. */
    static Answer answerIn(Map<String, Object> read, String quiet) {
        if (read.containsKey("error")) {
            List<?> error = (List<?>) read.get("error");
            return Answer.of("invalid-field", Map.of("field", (String) error.get(0), "rule", (String) error.get(1)));
        }
        if (!read.containsKey("banner")) {
            return Answer.of(quiet, Map.of());
        }
        Map<String, String> facts = pairs(read.get("banner"));
        String outcome = facts.remove("outcome");
        facts.remove("testid");
        facts.putAll(pairs(read.get("bannerFacts")));
        return Answer.of(outcome, facts);
    }

    /** The {@code data-*} attributes (camelCase, as the REST API names the same facts) of each element the page shows, in its order. */
    List<Map<String, String>> rows(Target row) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, Object> found : elementRows(row)) {
            rows.add(pairs(found.get("data")));
        }
        return rows;
    }

    /** As {@link #rows}, each with its visible {@code text} too. */
    List<Map<String, String>> rowsWithText(Target row) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, Object> found : elementRows(row)) {
            Map<String, String> data = pairs(found.get("data"));
            data.put("text", ((WebElement) found.get("element")).getText());
            rows.add(data);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> elementRows(Target row) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(PageReading.ROWS, row.css());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> script(String script) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(script);
    }

    /** {@code [[name, value], …]} as a map in that order; a later name wins, as it did when read one by one. */
    static Map<String, String> pairs(Object read) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Object pair : (List<?>) read) {
            List<?> nameAndValue = (List<?>) pair;
            map.put((String) nameAndValue.get(0), (String) nameAndValue.get(1));
        }
        return map;
    }
}
