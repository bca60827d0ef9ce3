package com.buyerjourneykit.report.catalogue;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import java.util.List;

/** The checked-in documents docs/catalogue/magic-values.md and choices.md, and the README's block. */
final class MarkdownCatalogue {
    static final String GENERATED = "<!-- Generated from the simulator's and the app's code by bin/catalogue: "
            + "change the code, then run bin/catalogue; never edit by hand. -->\n";
    private final List<CatalogueGroup> groups;

    MarkdownCatalogue(List<CatalogueGroup> groups) {
        this.groups = groups;
    }

    String magicValues() {
        return "# Magic values\n\n" + GENERATED + "\nLike Stripe's and Twilio's test values, these inputs select an outcome "
                + "without any switch in the request. Each is read from the constant the simulator checks ("
                + Catalogues.magicValueCount(groups) + " values; see also [our choices](choices.md)).\n\n" + magicTable();
    }

    String choices() {
        StringBuilder page = new StringBuilder("# Rules the seeds leave open — our choices\n\n").append(GENERATED)
                .append("\nWhere the guidebook, the FAQ and the providers' documentation are silent, these are the rules the "
                        + "simulator and the reference app apply (" + Catalogues.choiceCount(groups) + " rules), written "
                        + "next to the code that applies them and from the same limits. Requirements: "
                        + "[docs/requirements](../requirements/en.md); magic values: [magic-values.md](magic-values.md).\n");
        groups.stream().filter(group -> !group.choices().isEmpty())
                .forEach(group -> page.append("\n## ").append(group.title()).append("\n\n").append(choiceTable(group.choices())));
        return page.toString();
    }

    /** The README block's inside: the magic values at a glance and where both catalogues live. */
    String readmeBlock() {
        return GENERATED + "\n" + magicTable() + "\nGenerated from the code: [" + Catalogues.magicValueCount(groups)
                + " magic values](docs/catalogue/magic-values.md) · [" + Catalogues.choiceCount(groups)
                + " rules the seeds leave open, and our choices](docs/catalogue/choices.md) · in the report: "
                + "`reports/catalogue/index.html`.\n";
    }

    private String magicTable() {
        List<List<String>> rows = groups.stream().flatMap(group -> group.magicValues().stream())
                .map(MarkdownCatalogue::cells).toList();
        return MarkdownTable.of(List.of("Value", "Where", "Outcome"), rows);
    }

    private static String choiceTable(List<ChosenRule> rules) {
        return MarkdownTable.of(List.of("Rule", "Choice", "Requirement"),
                rules.stream().map(rule -> List.of(rule.rule(), rule.choice(), rule.requirements())).toList());
    }

    private static List<String> cells(MagicValue value) {
        return List.of(value.value(), value.where(), value.outcome());
    }
}
