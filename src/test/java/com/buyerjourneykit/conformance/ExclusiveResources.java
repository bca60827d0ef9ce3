package com.buyerjourneykit.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The scenarios' exclusive resources ({@code cucumber.execution.exclusive-resources.<tag>.read|read-write} in
 * {@code junit-platform.properties}), kept whichever runner runs them. The JUnit Platform (Maven) keeps them itself;
 * Cucumber's own command line ({@code bin/scenario --threads 4}) knows nothing of them, and there two scenarios
 * arming MyInvois faults for the one client took each other's fault. A scenario takes its resources before it opens
 * and gives them back when it ends; under the platform they are never contended, as it runs such scenarios apart.
 */
public final class ExclusiveResources {
    private static final String PREFIX = "cucumber.execution.exclusive-resources.";
    private static final Map<String, ReentrantReadWriteLock> LOCKS = new ConcurrentHashMap<>();
    private static final Properties DECLARED = declared();

    private ExclusiveResources() {
    }

    /** Takes every resource the scenario's tags name, in the resources' order (so two scenarios never wait on each other). */
    public static Held take(Collection<String> scenarioTags) {
        List<Lock> taken = new ArrayList<>();
        needed(scenarioTags).forEach((resource, writes) -> {
            ReentrantReadWriteLock lock = LOCKS.computeIfAbsent(resource, name -> new ReentrantReadWriteLock(true));
            Lock side = writes ? lock.writeLock() : lock.readLock();
            side.lock();
            taken.add(side);
        });
        return new Held(taken);
    }

    /** Whether a scenario waits to take the resource. */
    static boolean someoneWaitsFor(String resource) {
        ReentrantReadWriteLock lock = LOCKS.get(resource);
        return lock != null && lock.hasQueuedThreads();
    }

    /** Resource name to whether the scenario writes it (one tag that writes is enough). */
    static SortedMap<String, Boolean> needed(Collection<String> scenarioTags) {
        SortedMap<String, Boolean> needed = new TreeMap<>();
        for (String tag : scenarioTags) {
            String name = tag.startsWith("@") ? tag.substring(1) : tag;
            add(needed, DECLARED.getProperty(PREFIX + name + ".read"), false);
            add(needed, DECLARED.getProperty(PREFIX + name + ".read-write"), true);
        }
        return needed;
    }

    private static void add(SortedMap<String, Boolean> needed, String resources, boolean writes) {
        if (resources != null) {
            for (String resource : resources.split(",")) {
                needed.merge(resource.trim(), writes, Boolean::logicalOr);
            }
        }
    }

    private static Properties declared() {
        Properties properties = new Properties();
        try (InputStream in = ExclusiveResources.class.getResourceAsStream("/junit-platform.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The resources a scenario holds; given back in the reverse order of taking, by the thread that took them. */
    public static final class Held {
        private final List<Lock> locks;

        private Held(List<Lock> locks) {
            this.locks = locks;
        }

        public void giveBack() {
            for (int index = locks.size() - 1; index >= 0; index--) {
                locks.get(index).unlock();
            }
            locks.clear();
        }
    }
}
