package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.ProductPageDsl;
import com.buyerjourneykit.dsl.ProductSearchDsl;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/** Guide section 5: searching 1688 by keyword, product link or image, the filters and pages, and the product page, in four languages. */
public class ProductSearchSteps {
    private final ProductSearchDsl search;
    private final ProductPageDsl product;

    public ProductSearchSteps(ProductSearchDsl search, ProductPageDsl product) {
        this.search = search;
        this.product = product;
    }

    @When("the buyer searches 1688 for {string}")
    @Когда("покупатель ищет на 1688 {string}")
    @Eğerki("alıcı 1688’de {string} arar")
    @当("买家在1688搜索{string}")
    public void theBuyerSearchesFor(String keyword) {
        search.searchFor(keyword);
    }

    @When("the buyer searches 1688 for {string} in the category {string}")
    @Когда("покупатель ищет на 1688 {string} в категории {string}")
    @Eğerki("alıcı 1688’de {string} için {string} kategorisinde arama yapar")
    @当("买家在1688搜索{string}，类目为{string}")
    public void theBuyerSearchesInACategory(String keyword, String categoryId) {
        search.searchInCategory(keyword, categoryId);
    }

    @When("the buyer searches 1688 for {string} in the region {string}")
    @Когда("покупатель ищет на 1688 {string} в регионе {string}")
    @Eğerki("alıcı 1688’de {string} için {string} bölgesinde arama yapar")
    @当("买家在1688搜索{string}，地区为{string}")
    public void theBuyerSearchesInARegion(String keyword, String region) {
        search.searchInRegion(keyword, region);
    }

    @When("the buyer searches 1688 with the product link {string}")
    @Когда("покупатель ищет на 1688 по ссылке на товар {string}")
    @Eğerki("alıcı 1688’de {string} ürün linkiyle arama yapar")
    @当("买家在1688用商品链接{string}搜索")
    public void theBuyerSearchesByLink(String link) {
        search.searchByLink(link);
    }

    @When("the buyer searches 1688 with a photo of a {string}")
    @Когда("покупатель ищет на 1688 по фотографии товара {string}")
    @Eğerki("alıcı 1688’de bir {string} fotoğrafıyla arama yapar")
    @当("买家在1688用{string}的图片搜索")
    public void theBuyerSearchesByPhoto(String label) {
        search.searchByPhotoOf(label);
    }

    @When("the buyer searches 1688 for {string} with {string} set to {string}")
    @Когда("покупатель ищет на 1688 {string}, указав в поле {string} значение {string}")
    @Eğerki("alıcı 1688’de {string} için {string} alanına {string} yazarak arama yapar")
    @当("买家在1688搜索{string}，并将{string}填为{string}")
    public void theBuyerSearchesWith(String keyword, String field, String value) {
        search.searchWith(keyword, field, value);
    }

    @When("the buyer opens page {int} of the results")
    @Когда("покупатель открывает страницу {int} результатов")
    @Eğerki("alıcı sonuçların {int}. sayfasını açar")
    @当("买家打开搜索结果的第{int}页")
    public void theBuyerOpensAPage(int page) {
        search.openPage(page);
    }

    @Then("the search finds exactly the offers {string}")
    @Тогда("поиск находит ровно товары {string}")
    @Ozaman("arama tam olarak {string} ürünlerini bulur")
    @那么("搜索结果恰好是商品{string}")
    public void theSearchFindsExactly(String offerIds) {
        search.assertFindsExactly(offerIds);
    }

    @Then("the search finds no offers")
    @Тогда("поиск не находит ни одного товара")
    @Ozaman("arama hiçbir ürün bulmaz")
    @那么("搜索没有找到任何商品")
    public void theSearchFindsNothing() {
        search.assertFindsNothing();
    }

    @Then("the offers sold to the region {string} are {string}")
    @Тогда("в регион {string} продаются товары {string}")
    @Ozaman("{string} bölgesine satılan ürünler: {string}")
    @那么("销往地区{string}的商品为{string}")
    public void theOffersSoldToTheRegionAre(String region, String offerIds) {
        search.assertSoldToRegion(region, offerIds);
    }

    @Then("the results run over more than one page")
    @Тогда("результаты занимают больше одной страницы")
    @Ozaman("sonuçlar birden fazla sayfaya yayılır")
    @那么("搜索结果不止一页")
    public void theResultsRunOverMoreThanOnePage() {
        search.assertMoreThanOnePage();
    }

    @Then("page {int} shows other offers than page 1")
    @Тогда("на странице {int} другие товары, чем на странице 1")
    @Ozaman("{int}. sayfa, 1. sayfadakilerden farklı ürünler gösterir")
    @那么("第{int}页显示的商品与第1页不同")
    public void thePageShowsOtherOffers(int page) {
        search.assertPageShowsOthers(page);
    }

    @When("the buyer opens the product page of {string}")
    @Когда("покупатель открывает страницу товара {string}")
    @Eğerki("alıcı {string} ürün sayfasını açar")
    @当("买家打开商品{string}的详情页")
    public void theBuyerOpensTheProductPage(String offerId) {
        product.open(offerId);
    }

    @Then("the price is {string} {string} a piece")
    @Тогда("цена — {string} {string} за штуку")
    @Ozaman("adet fiyatı {string} {string}")
    @那么("单价为{string}{string}")
    public void thePriceIs(String price, String currency) {
        product.assertPrice(price, currency);
    }

    @Then("the price tiers are {string}")
    @Тогда("оптовые цены по количеству — {string}")
    @Ozaman("miktara göre kademeli fiyatlar {string}")
    @那么("阶梯价格为{string}")
    public void thePriceTiersAre(String tiers) {
        product.assertTiers(tiers);
    }

    @Then("the variant {string} has {string} in stock")
    @Тогда("варианта {string} в наличии {string} шт.")
    @Ozaman("{string} varyantından stokta {string} adet var")
    @那么("规格{string}的库存为{string}件")
    public void theVariantHasInStock(String specId, String stock) {
        product.assertStock(specId, stock);
    }

    @Then("the product ships from {string} with the return terms {string}")
    @Тогда("товар отправляется из {string}, условия возврата: {string}")
    @Ozaman("ürün {string} konumundan gönderilir, iade koşulu: {string}")
    @那么("商品从{string}发货，退货条件为{string}")
    public void theProductShipsFrom(String place, String returnTerms) {
        product.assertShipsFrom(place, returnTerms);
    }

    @Then("the supplier is an identified cross-border seller")
    @Тогда("поставщик — проверенный продавец для трансграничной торговли")
    @Ozaman("tedarikçi onaylı bir sınır ötesi satıcıdır")
    @那么("供应商是经过认证的跨境卖家")
    public void theSupplierIsIdentified() {
        product.assertIdentifiedCrossBorderSeller();
    }

    @Then("the product page says it is not available for purchase in the region {string}")
    @Тогда("страница товара сообщает, что в регионе {string} его нельзя купить")
    @Ozaman("ürün sayfası, ürünün {string} bölgesinde satın alınamadığını söyler")
    @那么("商品详情页显示该商品在地区{string}暂不可购买")
    public void theProductIsNotAvailableIn(String region) {
        product.assertNotAvailableIn(region);
    }
}
