package com.buyerjourneykit.reference.sections;

import com.buyerjourneykit.reference.journey.JourneySteps;
import com.buyerjourneykit.reference.sections.alipayaccount.AlipayAccountSection;
import com.buyerjourneykit.reference.sections.einvoice.EInvoiceSection;
import com.buyerjourneykit.reference.sections.helpcontacts.HelpContactsSection;
import com.buyerjourneykit.reference.sections.memberaccount.MemberAccountSection;
import com.buyerjourneykit.reference.sections.ordering.OrderingSection;
import com.buyerjourneykit.reference.sections.payment.PaymentSection;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountSection;
import com.buyerjourneykit.reference.sections.worldpayauth.WorldPayAuthSection;
import com.buyerjourneykit.reference.sections.topup.TopUpSection;
import com.buyerjourneykit.reference.web.Route;
import com.buyerjourneykit.reference.web.RouteTable;
import java.util.List;

/** The guide sections the app offers, in the guide's order: a new section is one more line here. */
public final class GuideSections {
    public static final List<GuideSection> ALL = List.of(
            new AlipayAccountSection(),
            new MemberAccountSection(),
            new WorldAccountSection(),
            new WorldPayAuthSection(),
            new TopUpSection(),
            new OrderingSection(),
            new PaymentSection(),
            new EInvoiceSection(),
            new HelpContactsSection());

    private GuideSections() {
    }

    /** Every section's journey steps, sections in order. */
    public static JourneySteps steps() {
        return new JourneySteps(ALL.stream().flatMap(section -> section.steps().stream()).toList());
    }

    public static RouteTable routes(SectionContext context) {
        List<Route> routes = ALL.stream().flatMap(section -> section.routes(context).stream()).toList();
        return new RouteTable(routes);
    }

    /** Each section's message bundle, such as {@code i18n/alipayaccount/messages}. */
    public static List<String> messageBundles() {
        return ALL.stream().map(section -> "i18n/" + section.name() + "/messages").toList();
    }
}
