package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.SimulatorControlDriver;
import com.buyerjourneykit.drivers.SystemUnderTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one scenario knows: its language, its buyers, the channel it drives and the last answer.
 * Created fresh for every scenario and shared by the DSLs through constructor injection.
 */
public final class JourneyContext {
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("features/([a-zA-Z-]+)/");
    private static final ThreadLocal<JourneyContext> ON_THIS_THREAD = new ThreadLocal<>();
    private final Buyers buyers = new Buyers();
    private final Map<String, String> journeyIds = new java.util.HashMap<>();
    private String language = "en";
    private ChannelDrivers channel;
    private Answer lastAnswer;

    /** Called once before the scenario's steps: the feature's folder names its language. */
    public void begin(URI featureUri) {
        Matcher folder = LANGUAGE_FOLDER.matcher(featureUri.toString());
        language = folder.find() ? folder.group(1) : "en";
        ON_THIS_THREAD.set(this);
    }

    /** The scenario running on this thread, for the report to take its evidence after each step. */
    public static Optional<JourneyContext> onThisThread() {
        return Optional.ofNullable(ON_THIS_THREAD.get());
    }

    public void end() {
        ON_THIS_THREAD.remove();
        if (channel != null) {
            channel.close();
        }
    }

    public String language() {
        return language;
    }

    public Map<String, String> facts() {
        return SystemUnderTest.get().facts();
    }

    public Optional<byte[]> screenshot() {
        return channel == null ? Optional.empty() : channel.evidence().screenshot();
    }

    public List<String> exchanges() {
        return channel == null ? List.of() : channel.evidence().exchanges();
    }

    Buyers buyers() {
        return buyers;
    }

    /** The system restarts: from now on this scenario talks to a new instance that only has the store. */
    void restartSystem() {
        String url = SystemUnderTest.get().restartedSystemUrl();
        end();
        channel = SystemUnderTest.get().openChannel(language, url);
    }

    ChannelDrivers channel() {
        if (channel == null) {
            channel = SystemUnderTest.get().openChannel(language);
        }
        return channel;
    }

    SimulatorControlDriver simulator() {
        return SystemUnderTest.get().simulatorControl();
    }

    /** The journey of a buyer, started through the channel the first time it is needed. */
    String journeyOf(String alias) {
        String known = journeyIds.get(alias);
        if (known != null) {
            return known;
        }
        Answer started = remember(channel().journey().start(buyers.get(alias).phone()));
        String id = started.fact("journeyId");
        if (id == null) {
            throw new AssertionError("The buyer's journey did not start: " + started);
        }
        journeyIds.put(alias, id);
        return id;
    }

    void forgetJourneyOf(String alias) {
        journeyIds.remove(alias);
    }

    Answer remember(Answer answer) {
        lastAnswer = answer;
        return answer;
    }

    Answer lastAnswer() {
        if (lastAnswer == null) {
            throw new IllegalStateException("No answer yet: a Then step came before any When step");
        }
        return lastAnswer;
    }
}
