package com.buyerjourneykit.report.catalogue;

import static com.buyerjourneykit.report.catalogue.CatalogueGroup.chosen;
import static com.buyerjourneykit.report.catalogue.CatalogueGroup.magic;

import com.buyerjourneykit.reference.journey.JourneyChoices;
import com.buyerjourneykit.reference.sections.alipayaccount.AlipayAccountChoices;
import com.buyerjourneykit.reference.sections.einvoice.EInvoiceChoices;
import com.buyerjourneykit.reference.sections.memberaccount.MemberAccountChoices;
import com.buyerjourneykit.reference.sections.ordering.OrderingChoices;
import com.buyerjourneykit.reference.sections.payment.PaymentChoices;
import com.buyerjourneykit.reference.sections.topup.TopUpChoices;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountChoices;
import com.buyerjourneykit.reference.sections.worldpayauth.WorldPayAuthChoices;
import com.buyerjourneykit.reference.web.RestChoices;
import com.buyerjourneykit.simulator.alipay.AlipayCatalogue;
import com.buyerjourneykit.simulator.member1688.Member1688Catalogue;
import com.buyerjourneykit.simulator.member1688.Member1688Choices;
import com.buyerjourneykit.simulator.member1688.commerce.CommerceCatalogue;
import com.buyerjourneykit.simulator.myinvois.MyInvoisCatalogue;
import com.buyerjourneykit.simulator.sms.SmsCatalogue;
import com.buyerjourneykit.simulator.worldfirst.WorldFirstCatalogue;
import java.util.List;

/** Every publisher of magic values or chosen rules, in the guide's order: one line per provider or section. */
final class Catalogues {
    static final List<CatalogueGroup> ALL = List.of(
            magic("Simulator · SMS delivery (every provider)", SmsCatalogue.magicValues()),
            new CatalogueGroup("Simulator · Alipay", AlipayCatalogue.magicValues(), AlipayCatalogue.choices()),
            chosen("App · the journey as a whole", JourneyChoices.choices()),
            chosen("App · REST API", RestChoices.choices()),
            chosen("App · section 1, Alipay personal account", AlipayAccountChoices.choices()),
            new CatalogueGroup("Simulator · 1688 registration", Member1688Catalogue.magicValues(), Member1688Choices.choices()),
            chosen("App · section 2, 1688 account", MemberAccountChoices.choices()),
            new CatalogueGroup("Simulator · WorldFirst", WorldFirstCatalogue.magicValues(), WorldFirstCatalogue.choices()),
            chosen("App · section 3, World Account", WorldAccountChoices.choices()),
            chosen("App · section 4A, World Pay authorisation", WorldPayAuthChoices.choices()),
            chosen("App · section 4B, receiving accounts and CNH", TopUpChoices.choices()),
            new CatalogueGroup("Simulator · 1688 commerce", CommerceCatalogue.magicValues(), CommerceCatalogue.choices()),
            chosen("App · section 5, ordering on 1688", OrderingChoices.choices()),
            chosen("App · section 6, paying on 1688", PaymentChoices.choices()),
            new CatalogueGroup("Simulator · MyInvois", MyInvoisCatalogue.magicValues(), MyInvoisCatalogue.choices()),
            chosen("App · self-billed e-invoice", EInvoiceChoices.choices()));

    private Catalogues() {
    }

    static long magicValueCount(List<CatalogueGroup> groups) {
        return groups.stream().mapToLong(group -> group.magicValues().size()).sum();
    }

    static long choiceCount(List<CatalogueGroup> groups) {
        return groups.stream().mapToLong(group -> group.choices().size()).sum();
    }
}
