package com.buyerjourneykit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference app's message bundles on the test classpath: the shared {@code i18n/messages} and
 * each section's {@code i18n/<section>/messages}, found in the folder so a new section's texts
 * (its title in the report among them) need no registration here.
 */
final class MessageBundleNames {
    private static final String ROOT = "i18n";

    private MessageBundleNames() {
    }

    static List<String> all() {
        List<String> names = new ArrayList<>(List.of(ROOT + "/messages"));
        URL folder = MessageBundleNames.class.getClassLoader().getResource(ROOT);
        if (folder == null || !"file".equals(folder.getProtocol())) {
            return names;
        }
        try (Stream<Path> sections = Files.list(Path.of(folder.toURI()))) {
            sections.filter(Files::isDirectory).map(section -> ROOT + "/" + section.getFileName() + "/messages").sorted()
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
