package com.buyerjourneykit.simulator.stubs;

import com.github.tomakehurst.wiremock.common.ClasspathFileSource;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.common.filemaker.FilenameMaker;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the JSON mappings of the given providers from {@code stubs/<provider>/mappings}: from a
 * folder on disk when there is one (edit without Java), else from the copy inside the jar.
 * Read-only: mappings recorded at run time are not written back.
 */
public final class ProviderMappings implements MappingsSource {
    private final Path stubsDirectory;
    private final List<String> providers;

    public ProviderMappings(Path stubsDirectory, List<String> providers) {
        this.stubsDirectory = stubsDirectory;
        this.providers = List.copyOf(providers);
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        for (String provider : providers) {
            FileSource mappings = mappingsOf(provider);
            if (mappings.exists()) {
                new JsonFileMappingsSource(mappings, new FilenameMaker()).loadMappingsInto(stubMappings);
            }
        }
    }

    private FileSource mappingsOf(String provider) {
        Path folder = stubsDirectory.resolve(provider).resolve("mappings");
        if (Files.isDirectory(folder)) {
            return new SingleRootFileSource(folder.toFile());
        }
        return new ClasspathFileSource("stubs/" + provider + "/mappings");
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
        // read-only by design
    }

    @Override
    public void save(StubMapping stubMapping) {
        // read-only by design
    }

    @Override
    public void remove(StubMapping stubMapping) {
        // read-only by design
    }

    @Override
    public void removeAll() {
        // read-only by design
    }
}
