package com.buyerjourneykit.report.guidebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guidebook written from a handful of fixture results: order, words, verdicts, escaping and screens. */
class GuidebookTest {
    static final Path RESULTS = Path.of("src/test/resources/report/guidebook/results");
    @TempDir
    static Path out;
    static String english;

    @BeforeAll
    static void write() throws IOException {
        Guidebook.main(new String[] {RESULTS.toString(), out.toString(), "features"});
        english = Files.readString(out.resolve("en/index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void sectionsComeInTheGuidesOrderTitledInThePagesLanguage() {
        assertThat(english).containsSubsequence("<h2>0. Beginner's guide", "<h2>1. Set up an Alipay Personal Account",
                "<h2>4A. Authorise your 1688 account", "<h2>4B. Top up", "<h2>5. ", "<h2>6. ", "<h2>Customer Service");
        assertThat(english).contains("This run holds no scenario of this section.",
                "<span class=\"v failed\" title=\"failed\">✗ 1</span>");
    }

    @Test
    void scenarioTextIsEscaped() {
        assertThat(english).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co",
                "Given the buyer opens &lt;help&gt;").doesNotContain("<script>", "<help>");
    }

    @Test
    void eachChannelsVerdictIsShownWithItsWhy() {
        assertThat(english).contains("REST API: passed</span>", "browser: passed</span>", "REST API: failed</span>",
                "expected &lt;1&gt; but was &lt;2&gt;", "REST API: not applicable</span>",
                "not implemented by this channel: WorldAccountReasonsDriver")
                .doesNotContain("not applicable: not implemented");
    }

    @Test
    void onlyAFailedStepSaysSoInWords() {
        assertThat(english).contains("<li class=\"step failed\"><p><span class=\"mark\" title=\"failed\">✗</span>"
                + "<span class=\"v failed\">failed</span> Then the page lists 2 contacts</p>",
                "<li class=\"step na\"><p><span class=\"mark\" title=\"not applicable\">–</span>And nothing else</p>");
    }

    @Test
    void theLatestRunOfAScenarioCounts() {
        assertThat(english).doesNotContain("An older run of the same scenario");
    }

    @Test
    void requirementsAreGivenInWordsOfThePagesLanguage() {
        assertThat(english).contains("<dt>ALI-03</dt><dd>Resend is offered only after a countdown");
    }

    @Test
    void aScreenTakenTwiceIsStoredAndShownOnce() throws IOException {
        try (Stream<Path> images = Files.list(out.resolve("en/img"))) {
            assertThat(images.count()).isEqualTo(2);
        }
        assertThat(english.split("<img ", -1)).hasSize(3);
        assertThat(english).containsSubsequence("the buyer has started the journey</p><figure>",
                "for the buyer</p><p class=\"same\">Screen unchanged: as above.</p>", "asks again</p><figure>");
    }

    @Test
    void aScenarioOfTheRestChannelOnlyHasNoScreens() {
        String help = english.substring(english.indexOf("<h2>Customer Service"));
        assertThat(help).contains("Checked through the REST API only: no screens.", "<ol class=\"steps text\">")
                .doesNotContain("<img ");
    }

    @Test
    void eachLanguageSpeaksItsOwnWords() throws IOException {
        String russian = Files.readString(out.resolve("ru/index.html"), StandardCharsets.UTF_8);
        assertThat(russian).contains("<html lang=\"ru\">", "<h2>Содержание</h2>", "REST API: пройден", "Шесть шагов по порядку");
        assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("href=\"en/index.html\"", "href=\"ru/index.html\"", "href=\"tr/index.html\"", "href=\"zh-CN/index.html\"");
    }

    @Test
    void noResultsWriteNothing(@TempDir Path empty) {
        Guidebook.main(new String[] {empty.resolve("none").toString(), empty.resolve("guidebook").toString()});
        assertThat(empty.resolve("guidebook")).doesNotExist();
    }
}
