package com.buyerjourneykit;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The journey suite: every feature under features/, on the channel {@code bjk.channel} names.
 * Failsafe runs it twice: all scenarios through the REST API, the {@code @ui} ones in Chromium.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "com.buyerjourneykit.steps,com.buyerjourneykit.report")
public class JourneyIT {
}
