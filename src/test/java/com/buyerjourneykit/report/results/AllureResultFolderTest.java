package com.buyerjourneykit.report.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reader of the journey's Allure results for the guidebook, the matrix and the conformance summary. */
class AllureResultFolderTest {
    private static final String RESULT = "{\"name\":\"The countdown\",\"status\":\"passed\",\"labels\":["
            + "{\"name\":\"tag\",\"value\":\"@ALI-07\"},{\"name\":\"tag\",\"value\":\"section-1\"},{\"name\":\"tag\",\"value\":\"ALI-03\"},"
            + "{\"name\":\"tag\",\"value\":\"ALI-07\"},{\"name\":\"language\",\"value\":\"ru\"}],"
            + "\"parameters\":[{\"name\":\"elapsed\",\"value\":\"6\"},{\"name\":\"channel\",\"value\":\"web\"}]}";

    @Test
    void labelsLoseTheirAtAndRequirementsComeOnceInTheirOrder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-result.json"), RESULT);

        AllureResult result = AllureResultFolder.read(folder, AllureResultFolder.Unreadable.FAIL).get(0);

        assertThat(result.requirements()).containsExactly("ALI-07", "ALI-03");
        assertThat(result.label("language")).contains("ru");
        assertThat(result.parameter("channel")).contains("web");
        assertThat(result.example("channel")).isEqualTo("elapsed=6");
    }

    @Test
    void onlyResultFilesCountAndAMissingFolderHasNone(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-result.json"), RESULT);
        Files.writeString(folder.resolve("b-container.json"), "{\"children\":[]}");

        assertThat(AllureResultFolder.read(folder, AllureResultFolder.Unreadable.FAIL)).hasSize(1);
        assertThat(AllureResultFolder.read(folder.resolve("none"), AllureResultFolder.Unreadable.FAIL)).isEmpty();
    }

    @Test
    void aHalfWrittenResultIsLeftOutOrStopsTheReaderAsAsked(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-result.json"), RESULT);
        Files.writeString(folder.resolve("b-result.json"), RESULT.substring(0, 40));

        assertThat(AllureResultFolder.read(folder, AllureResultFolder.Unreadable.SKIP_AND_SAY_SO)).hasSize(1);
        assertThatThrownBy(() -> AllureResultFolder.read(folder, AllureResultFolder.Unreadable.FAIL))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("b-result.json");
    }
}
