package com.buyerjourneykit.report.catalogue;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import java.util.List;

/** What one provider of the simulator or one part of the app publishes, under the title the catalogue shows. */
record CatalogueGroup(String title, List<MagicValue> magicValues, List<ChosenRule> choices) {

    static CatalogueGroup magic(String title, List<MagicValue> magicValues) {
        return new CatalogueGroup(title, magicValues, List.of());
    }

    static CatalogueGroup chosen(String title, List<ChosenRule> choices) {
        return new CatalogueGroup(title, List.of(), choices);
    }
}
