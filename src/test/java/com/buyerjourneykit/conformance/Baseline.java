package com.buyerjourneykit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Known failures, one a line: {@code SCN-ID language channel # why} (language and channel may be {@code *});
 * blank lines and lines starting with {@code #} are ignored. A missing file is an empty baseline.
 */
public record Baseline(String source, List<BaselineEntry> entries) {

    public static Baseline read(Path file) {
        return read(file, file.toString());
    }

    /** {@code shownAs}: how the summary names the file, relative to the project where it lies inside it. */
    public static Baseline read(Path file, String shownAs) {
        if (!Files.isRegularFile(file)) {
            return new Baseline(shownAs, List.of());
        }
        try {
            return parse(shownAs, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Baseline parse(String source, List<String> lines) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            int hash = line.indexOf('#');
            String fields = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!fields.isEmpty()) {
                entries.add(entry(source, number, fields.split("\\s+"), hash < 0 ? "" : line.substring(hash + 1).strip()));
            }
        }
        return new Baseline(source, List.copyOf(entries));
    }

    private static BaselineEntry entry(String source, int number, String[] fields, String why) {
        if (fields.length != 3) {
            throw new IllegalArgumentException(source + ":" + number + ": expected 'SCN-ID language channel # why', found "
                    + String.join(" ", fields));
        }
        return new BaselineEntry(number, fields[0], fields[1], fields[2], why);
    }
}
