package com.buyerjourneykit.reference.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the guide and of the pages: the first path segment of every page. */
public enum Language {
    EN("en", Locale.ENGLISH),
    RU("ru", Locale.forLanguageTag("ru")),
    TR("tr", Locale.forLanguageTag("tr")),
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a page path starts with; an unknown one is a 404 naming the rule. */
    static Language of(io.javalin.http.Context ctx) {
        return ofTag(ctx.pathParam("lang")).orElseThrow(UnknownLanguage::new);
    }

    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
