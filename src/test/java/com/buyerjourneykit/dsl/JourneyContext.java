package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.SystemUnderTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one scenario knows: its language, its buyers and their journeys, the channel it drives and
 * the last answer. Created fresh for every scenario and shared by the DSLs through constructor
 * injection; it reaches the system only through the {@link SystemUnderTest} interface.
 */
public final class JourneyContext {
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("features/([a-zA-Z-]+)/");
    private static final ThreadLocal<JourneyContext> ON_THIS_THREAD = new ThreadLocal<>();
    private final SystemUnderTest system;
    private final Buyers buyers = new Buyers();
    private final StartedJourneys journeys = new StartedJourneys();
    private String language = "en";
    private ChannelDrivers channel;
    private Answer lastAnswer;

    public JourneyContext() {
        this(SystemUnderTest.configured());
    }

    JourneyContext(SystemUnderTest system) {
        this.system = system;
    }

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
        closeChannel();
    }

    public String language() {
        return language;
    }

    public Map<String, String> facts() {
        return system.facts();
    }

    public Optional<byte[]> screenshot() {
        return channel == null ? Optional.empty() : channel.evidence().screenshot();
    }

    public List<String> exchanges() {
        return channel == null ? List.of() : channel.evidence().exchanges();
    }

    ScenarioBuyer buyer(String alias) {
        return buyers.get(alias);
    }

    Buyers buyers() {
        return buyers;
    }

    StartedJourneys journeys() {
        return journeys;
    }

    /** The channel's driver for an actor; a channel without it ends the scenario as not implemented, never as a crash. */
    <T> T driver(Class<T> actor) {
        ChannelDrivers drivers = channel();
        return drivers.driver(actor).orElseThrow(() -> new ActorNotImplemented(actor, drivers.name()));
    }

    /** A control driver of the simulator, by its concern. */
    <T> T control(Class<T> concern) {
        return system.control(concern).orElseThrow(() -> new IllegalStateException(
                "the simulator offers no control for " + concern.getSimpleName()));
    }

    /** The system restarts: from now on this scenario talks to a new instance that only has the store. */
    void restartSystem() {
        closeChannel();
        channel = system.openChannelAfterRestart(language);
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

    private ChannelDrivers channel() {
        if (channel == null) {
            channel = system.openChannel(language);
        }
        return channel;
    }

    private void closeChannel() {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
