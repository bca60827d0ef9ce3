package com.buyerjourneykit.report.guidebook;

import java.util.List;
import java.util.Map;

/** The guidebook's own words (headings, legend, status) in the page's language. */
public record PageWords(String languageName, String title, String contents, String requirements, String passed,
                    String failed, String notApplicable, String browser, String restApi, String unchanged,
                    String restOnly, String generated, String legend, String allGuides, String noResults) {

    public static final List<String> LANGUAGES = List.of("en", "ru", "tr", "zh-CN");

    private static final Map<String, PageWords> BY_LANGUAGE = Map.of(
            "en", new PageWords("English", "Illustrated guidebook", "Contents", "Requirements", "passed", "failed",
                    "not applicable", "browser", "REST API", "Screen unchanged: as above.",
                    "Checked through the REST API only: no screens.", "Generated from the run of",
                    "Legend", "All guidebooks", "This run holds no scenario of this section."),
            "ru", new PageWords("Русский", "Иллюстрированное руководство", "Содержание", "Требования", "пройден",
                    "не пройден", "неприменим", "браузер", "REST API", "Экран не изменился: см. выше.",
                    "Проверено только через REST API: без снимков экрана.", "Создано по результатам прогона",
                    "Обозначения", "Все руководства", "В этом прогоне нет сценариев этого раздела."),
            "tr", new PageWords("Türkçe", "Resimli rehber", "İçindekiler", "Gereksinimler", "başarılı", "başarısız",
                    "uygulanamaz", "tarayıcı", "REST API", "Ekran değişmedi: yukarıdaki gibi.",
                    "Yalnızca REST API üzerinden denetlendi: ekran görüntüsü yok.",
                    "Şu çalıştırmanın sonuçlarından oluşturuldu:", "Açıklamalar", "Tüm rehberler",
                    "Bu çalıştırmada bu bölümün senaryosu yok."),
            "zh-CN", new PageWords("中文（简体）", "图解指南", "目录", "需求", "通过", "未通过", "不适用", "浏览器", "REST API",
                    "画面未变化：同上。", "仅通过 REST API 检查：没有截图。", "根据以下运行结果生成：", "图例", "全部指南",
                    "本次运行没有此部分的场景。"));

    public static PageWords of(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    public String verdict(Verdict verdict) {
        switch (verdict) {
            case PASSED:
                return passed;
            case FAILED:
                return failed;
            default:
                return notApplicable;
        }
    }

    public String channel(String channel) {
        return ScenarioRun.WEB.equals(channel) ? browser : restApi;
    }
}
