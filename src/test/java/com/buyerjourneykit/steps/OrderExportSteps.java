package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.OrderExportDsl;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/** The FAQ's e-invoice, steps 2 to 5: 导出当前条件, 生成新报表, download the report and read it, in en, ru, tr and zh-CN. */
public class OrderExportSteps {
    private final OrderExportDsl export;

    public OrderExportSteps(OrderExportDsl export) {
        this.export = export;
    }

    @When("the buyer clicks 导出当前条件 and then 生成新报表")
    @Когда("покупатель нажимает 导出当前条件, а затем 生成新报表")
    @Eğerki("alıcı 导出当前条件 ile mevcut filtredeki siparişleri dışa aktarır ve 生成新报表 ile yeni bir rapor oluşturur")
    @当("买家导出当前条件下的订单，并生成新报表")
    public void theBuyerExportsTheCurrentCondition() {
        export.exportCurrentCondition();
    }

    @Then("a new report is ready with {int} order line(s)")
    @Тогда("новый отчет готов, в нем {int} строка/строки/строк заказов")
    @Ozaman("yeni rapor {int} sipariş satırıyla hazır")
    @那么("新报表已生成，共{int}行订单")
    public void aNewReportIsReady(int orderLines) {
        export.assertReportReady(orderLines);
    }

    @When("the buyer downloads the report")
    @Когда("покупатель скачивает отчет")
    @Eğerki("alıcı raporu indirir")
    @当("买家下载报表")
    public void theBuyerDownloadsTheReport() {
        export.download();
    }

    @Then("the report's rows name each order's supplier")
    @Тогда("строки отчета называют поставщика каждого заказа")
    @Ozaman("raporun satırları her siparişin tedarikçisini belirtir")
    @那么("报表的每一行列出该订单的供应商")
    public void theRowsNameTheSuppliers(DataTable rows) {
        export.assertRows(rows.asMaps());
    }
}
