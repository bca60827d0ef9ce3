package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page the report's Overview links lists each document the run wrote, and says which it did not write. */
class ReportDocumentsTest {

    @Test
    void aWrittenDocumentIsLinkedAndAnAbsentOneSaysSo(@TempDir Path folder) throws IOException {
        Path reports = folder.resolve("reports");
        write(reports.resolve("guidebook/ru/index.html"));
        write(reports.resolve("matrix/index.html"));
        Path site = folder.resolve("requirements-site");
        write(site.resolve("zh-CN.html"));

        ReportDocuments.main(new String[] {reports.toString(), site.toString(), folder.resolve("out").toString()});

        String page = Files.readString(folder.resolve("out/documents.html"));
        assertThat(page).contains("<a href=\"guidebook/ru/index.html\">Русский</a>", "<a href=\"matrix/index.html\">",
                "<a href=\"requirements/zh-CN.html\">中文（简体）</a>")
                .doesNotContain("guidebook/en/", "conformance/index.html", "catalogue/index.html");
        assertThat(page.split("Not written by this run", -1)).hasSize(3);
    }

    @Test
    void withNothingWrittenEveryDocumentIsMarkedAbsent(@TempDir Path folder) {
        assertThat(ReportDocuments.found(folder, folder)).hasSize(5).noneMatch(ReportDocument::written);
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<html></html>");
    }
}
