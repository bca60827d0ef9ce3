package com.buyerjourneykit.drivers.web;

import java.net.URL;
import java.util.Map;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.CommandInfo;
import org.openqa.selenium.remote.HttpCommandExecutor;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.HttpMethod;

/**
 * Chromium on a Grid node, with the DevTools commands of the local browser: chromedriver takes them as a plain
 * WebDriver command ({@code POST /session/{id}/goog/cdp/execute}), which the Grid hands to the node like any other.
 * So a Grid run types, captures the whole page and encodes its pictures exactly as a local run does
 * (FullPage, Typing), instead of typing key by key and capturing the window only.
 */
final class GridChromium extends RemoteWebDriver implements HasCdp {
    private static final String EXECUTE_CDP = "executeCdpCommand";

    GridChromium(URL grid, Capabilities capabilities) {
        super(new HttpCommandExecutor(Map.of(EXECUTE_CDP,
                new CommandInfo("/session/:sessionId/goog/cdp/execute", HttpMethod.POST)), grid), capabilities);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> executeCdpCommand(String commandName, Map<String, Object> parameters) {
        return (Map<String, Object>) execute(EXECUTE_CDP, Map.of("cmd", commandName, "params", parameters)).getValue();
    }
}
