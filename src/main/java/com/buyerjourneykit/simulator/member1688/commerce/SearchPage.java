package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of results: {@code beginPage} from 1, {@code pageSize} 1–50 (default 20), as the search APIs page. */
record SearchPage(long beginPage, long pageSize) {
    static final long MAX_PAGE_SIZE = 50;

    static SearchPage of(ParamObject param) {
        return new SearchPage(param.wholeNumber("beginPage", 1, 10_000, 1),
                param.wholeNumber("pageSize", 1, MAX_PAGE_SIZE, 20));
    }

    ObjectNode render(List<Offer> found, Catalogue catalogue, Language language, OfferFilter filter) {
        long total = found.size();
        ObjectNode page = SimulatorJson.object().put("totalRecords", total)
                .put("totalPage", (total + pageSize - 1) / pageSize).put("pageSize", pageSize).put("currentPage", beginPage);
        ArrayNode data = page.putArray("data");
        found.stream().skip((beginPage - 1) * pageSize).limit(pageSize)
                .forEach(offer -> data.add(OfferJson.summary(catalogue, offer, language, filter.region())));
        return page;
    }
}
