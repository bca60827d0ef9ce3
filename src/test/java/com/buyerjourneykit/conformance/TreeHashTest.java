package com.buyerjourneykit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash of the specification used depends on the files' paths and bytes only, not on the order they were written in. */
class TreeHashTest {

    @Test
    void sameTreesSameHashWhateverTheOrderTheFilesWereMadeIn(@TempDir Path one, @TempDir Path two) throws Exception {
        write(one, "features/en/a.feature", "Feature: A");
        write(one, "stubs/alipay/m.json", "{}");
        write(two, "stubs/alipay/m.json", "{}");
        write(two, "features/en/a.feature", "Feature: A");

        assertThat(TreeHash.of(one, List.of("features", "stubs"))).isEqualTo(TreeHash.of(two, List.of("features", "stubs")))
                .hasSize(64);
    }

    @Test
    void aChangedByteOrARenamedFileChangesIt(@TempDir Path root) throws Exception {
        write(root, "features/en/a.feature", "Feature: A");
        String before = TreeHash.of(root, List.of("features"));
        Files.move(root.resolve("features/en/a.feature"), root.resolve("features/en/b.feature"));
        String renamed = TreeHash.of(root, List.of("features"));
        write(root, "features/en/b.feature", "Feature: B");

        assertThat(List.of(before, renamed, TreeHash.of(root, List.of("features")))).doesNotHaveDuplicates();
    }

    private static void write(Path root, String relative, String text) throws Exception {
        Files.createDirectories(root.resolve(relative).getParent());
        Files.writeString(root.resolve(relative), text);
    }
}
