package com.buyerjourneykit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Maven could not fill in is not given, so the summary falls back to what the run itself says. */
class MainArgumentsTest {

    @Test
    void unresolvedAndBlankValuesAreNotGiven() {
        MainArguments arguments = MainArguments.of("--sut=${bjk.sut.url}", "--channel=", "--profile=rest-only", "--url=http://a/?x=1");

        assertThat(arguments.get("sut")).isEmpty();
        assertThat(arguments.get("channel", "api")).isEqualTo("api");
        assertThat(arguments.get("profile")).hasValue("rest-only");
        assertThat(arguments.get("url")).hasValue("http://a/?x=1");
    }
}
