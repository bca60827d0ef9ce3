package com.buyerjourneykit.drivers.web;

import java.util.Map;
import org.openqa.selenium.WebElement;

/** A field of a step's form as {@link PageForm#FIND_AND_MARK} found it: how the buyer fills it depends on its kind. */
record FormField(String name, WebElement element, String type, String tag, String value, boolean checked) {

    FormField(Map<?, ?> found) {
        this((String) found.get("name"), (WebElement) found.get("element"), (String) found.get("type"),
                (String) found.get("tag"), String.valueOf(found.get("value")), Boolean.TRUE.equals(found.get("checked")));
    }

    boolean isCheckbox() {
        return "checkbox".equals(type);
    }

    /** What no one types or picks from a list: set by script, already done in the page (PageForm). */
    boolean isSetByScript() {
        return "range".equals(type) || "hidden".equals(type) || "date".equals(type);
    }

    boolean isSelect() {
        return !isCheckbox() && !isSetByScript() && "select".equals(tag);
    }

    boolean isTyped() {
        return !isCheckbox() && !isSetByScript() && !isSelect();
    }
}
