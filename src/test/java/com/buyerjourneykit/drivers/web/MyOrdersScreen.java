package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.MyOrdersDriver;
import com.buyerjourneykit.drivers.OrderStatusFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * 我的订单 in the browser: {@code /<lang>/1688/orders?journeyId=…[&status=…]}, one row per order
 * ({@code data-testid="order"}, {@code data-id}, {@code data-status}); the export form; and the
 * report's page {@code /<lang>/1688/order-exports?journeyId=…&reportId=…} with its download.
 */
final class MyOrdersScreen extends Screen implements MyOrdersDriver {
    static final Target ORDER = Target.the("an order of 我的订单, its id and status in data-*", "order");
    private static final String EXPORTS = "1688/order-exports";
    private final JourneyScreens screens;
    private final String pagesUrl;

    MyOrdersScreen(WebDriver browser, JourneyScreens screens, String baseUrl, String language) {
        super(browser);
        this.screens = screens;
        this.pagesUrl = baseUrl + "/" + language + "/";
    }

    @Override
    public Answer orders(String journeyId, OrderStatusFilter filter) {
        Answer shown = open("1688/orders", journeyId, filter.status() == null ? "" : "&status=" + encoded(filter.status()), "orders");
        if (!shown.outcome().equals("orders")) {
            return shown;
        }
        Map<String, String> facts = new LinkedHashMap<>(shown.facts());
        List<String> ids = new ArrayList<>();
        for (Map<String, String> data : rows(ORDER)) {
            String id = data.remove("id");
            data.remove("testid");
            ids.add(id);
            data.forEach((fact, value) -> facts.put(id + "." + fact, value));
        }
        facts.put("count", String.valueOf(ids.size()));
        facts.put("orderIds", String.join(",", ids));
        return Answer.of("orders", facts);
    }

    /** 导出当前条件 → 生成新报表: the export form, carrying the list's current condition. */
    @Override
    public Answer export(String journeyId, OrderStatusFilter filter) {
        return screens.openStep(journeyId, EXPORTS).submit(filter.fields());
    }

    @Override
    public Answer download(String journeyId, String reportId) {
        Answer shown = open(EXPORTS, journeyId, "&reportId=" + encoded(reportId), "order-export");
        Map<String, String> facts = new LinkedHashMap<>(shown.facts());
        new ReportDownload(browser).content().ifPresent(content -> facts.put("content", content));
        return Answer.of(shown.outcome(), facts);
    }

    /** A read-only page: the answer its banner shows, or {@code quiet} with every fact the page carries. */
    private Answer open(String view, String journeyId, String query, String quiet) {
        browser.get(pagesUrl + view + "?journeyId=" + encoded(journeyId) + query);
        return answerWithPageFacts(quiet);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
