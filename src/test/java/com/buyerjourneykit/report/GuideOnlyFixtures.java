package com.buyerjourneykit.report;

import io.qameta.allure.listener.ContainerLifecycleListener;
import io.qameta.allure.listener.FixtureLifecycleListener;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Allure's Cucumber plugin shows every hook as a set-up or tear-down step named after its Java
 * method ({@code ScenarioHooks.begin(io.cucumber.java.Scenario)}). A product owner reads only the
 * guide's sentences: what a hook attached (the HTTP exchanges) moves up to the scenario itself, and
 * the hooks leave the report. Why a hook stopped a scenario stays in the scenario's own status
 * details (Cucumber reports the hook's error as the scenario's). Only in a journey run (the
 * JourneyReport plugin is on): the unit report keeps its fixtures. Registered in
 * {@code META-INF/services} under each listener interface it implements (Allure loads each kind apart).
 */
public final class GuideOnlyFixtures implements FixtureLifecycleListener, TestLifecycleListener, ContainerLifecycleListener {
    /** A scenario's hooks and its result are all handled on the thread that runs it. */
    private static final ThreadLocal<List<Attachment>> FROM_HOOKS = ThreadLocal.withInitial(ArrayList::new);
    private final BooleanSupplier journeyRun;

    public GuideOnlyFixtures() {
        this(JourneyReport::isOn);
    }

    GuideOnlyFixtures(BooleanSupplier journeyRun) {
        this.journeyRun = journeyRun;
    }

    @Override
    public void beforeFixtureStop(FixtureResult hook) {
        if (journeyRun.getAsBoolean()) {
            FROM_HOOKS.get().addAll(hook.getAttachments());
            hook.getAttachments().clear();
        }
    }

    @Override
    public void beforeTestWrite(TestResult scenario) {
        List<Attachment> attachments = new ArrayList<>(scenario.getAttachments());
        attachments.addAll(FROM_HOOKS.get());
        scenario.setAttachments(attachments);
        FROM_HOOKS.remove();
    }

    @Override
    public void beforeContainerWrite(TestResultContainer scenario) {
        if (journeyRun.getAsBoolean()) {
            scenario.setBefores(new ArrayList<>());
            scenario.setAfters(new ArrayList<>());
        }
    }
}
