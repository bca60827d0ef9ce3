package com.buyerjourneykit.drivers.web;

/** The scripts a step's form is filled and its answer awaited with, each one round trip (see StepForm). */
final class PageForm {
    /** A range, hidden or date input is set here, as it always was by script: a buyer does not type into one. */
    private static final String SET_BY_SCRIPT = "function bjkSetByScript(f) { return f.type === 'range' || f.type === 'hidden' || f.type === 'date'; }\n";

    /**
     * {@code arguments[0]}: the form's selector; {@code arguments[1]}: the values by field name. Answers
     * {@code {fields: [{name, element, type, tag, value, checked}], submit}}, or {@code {missing: what}}.
     */
    static final String FIND_AND_MARK = SET_BY_SCRIPT
            + "var form = document.querySelector(arguments[0]);\n"
            + "if (!form) { return {missing: 'form'}; }\n"
            + "var values = arguments[1]; var fields = [];\n"
            + "for (var name in values) {\n"
            + "  var f = form.querySelector(\"[data-testid='\" + name + \"']\");\n"
            + "  if (!f) { return {missing: 'field ' + name}; }\n"
            + "  fields.push({name: name, element: f, type: f.type, tag: f.tagName.toLowerCase(), value: f.value, checked: f.checked});\n"
            + "}\n"
            + "var submit = form.querySelector(\"" + StepForm.SUBMIT.css() + "\");\n"
            + "if (!submit) { return {missing: 'submit button'}; }\n"
            + "fields.forEach(function (f) { if (bjkSetByScript(f.element)) { f.element.value = values[f.name]; } });\n"
            + "window.bjkSubmitted = true;\n"
            + "return {fields: fields, submit: submit};";

    /**
     * Clicks {@code arguments[0]}, the submit button, once the checks WebDriver's click makes hold (chromedriver spends
     * some 180 ms on a busy machine making them through a dozen DevTools calls): it is shown, enabled, and, scrolled into
     * view, nothing covers its centre. The click is the button's activation, as a person's: the form is validated
     * (required fields, patterns) and sent with the button as submitter. The pages run no script, so no handler
     * misses the mouse's own events. Answers why it cannot be clicked, or nothing.
     */
    static final String CLICK = "var b = arguments[0];\n"
            + "if (b.disabled) { return 'disabled'; }\n"
            + "if (b.getClientRects().length === 0 || getComputedStyle(b).visibility === 'hidden') { return 'not shown'; }\n"
            + "b.scrollIntoView({block: 'center', inline: 'center'});\n"
            + "var r = b.getBoundingClientRect();\n"
            + "var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);\n"
            + "if (top === null || !(top === b || b.contains(top))) { return 'covered by ' + (top === null ? 'nothing shown' : top.outerHTML.slice(0, 80)); }\n"
            + "b.click(); return null;";

    /** Nothing while the submitted document (marked) is still shown or the next one still loads; then its answer. */
    static final String ANSWER_ONCE_LOADED =
            "if (window.bjkSubmitted !== undefined || document.readyState !== 'complete') { return null; }\n"
            + PageReading.ANSWER;

    private PageForm() {
    }
}
