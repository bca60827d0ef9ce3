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
            + "var submit = form.querySelector(\"[data-testid='submit']\");\n"
            + "if (!submit) { return {missing: 'submit button'}; }\n"
            + "fields.forEach(function (f) { if (bjkSetByScript(f.element)) { f.element.value = values[f.name]; } });\n"
            + "window.bjkSubmitted = true;\n"
            + "return {fields: fields, submit: submit};";

    /** Nothing while the submitted document (marked) is still shown or the next one still loads; then its answer. */
    static final String ANSWER_ONCE_LOADED =
            "if (window.bjkSubmitted !== undefined || document.readyState !== 'complete') { return null; }\n"
            + PageReading.ANSWER;

    private PageForm() {
    }
}
