package com.buyerjourneykit.simulator.store;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import org.junit.jupiter.api.Test;

/** A prefix may only ever be shorter than what the pattern's URLs share, never wrong. */
class UrlPrefixTest {
    private final UrlPrefix prefixes = new UrlPrefix();

    @Test
    void aRegexGivesItsLiteralStartUpToItsFirstSyntax() {
        assertThat(UrlPrefix.literalStart("/1688/openapi/param2/1/com\\.alibaba/account\\.alipay\\.status/[^/]+"))
                .isEqualTo("/1688/openapi/param2/1/com.alibaba/account.alipay.status/");
        assertThat(UrlPrefix.literalStart("/alipay/gateway\\.do.*")).isEqualTo("/alipay/gateway.do");
    }

    @Test
    void aQuantifiedCharacterIsNotPartOfThePrefix() {
        assertThat(UrlPrefix.literalStart("/alipay/gateway?x")).isEqualTo("/alipay/gatewa");
        assertThat(UrlPrefix.literalStart("/a\\.*b")).isEqualTo("/a");
        assertThat(UrlPrefix.literalStart("/ab{2}")).isEqualTo("/a");
    }

    @Test
    void alternativesFlagsAndClassEscapesGiveNoPrefixBeyondTheirStart() {
        assertThat(UrlPrefix.literalStart("/alipay/x|/1688/y")).isEmpty();
        assertThat(UrlPrefix.literalStart("(?i)/alipay/x")).isEmpty();
        assertThat(UrlPrefix.literalStart("/a\\d+")).isEqualTo("/a");
        assertThat(UrlPrefix.literalStart("/a\\Q.\\E")).isEqualTo("/a");
    }

    @Test
    void equalToUrlsAreTheirOwnPrefixAndOtherPatternsHaveNone() {
        assertThat(prefixes.of(pattern(urlPathEqualTo("/worldfirst/amsin/api/v1/fund/applyQuote")))).isEqualTo("/worldfirst/amsin/api/v1/fund/applyQuote");
        assertThat(prefixes.of(pattern(urlEqualTo("/myinvois/connect/token")))).isEqualTo("/myinvois/connect/token");
        assertThat(prefixes.of(pattern(urlPathMatching("/1688/openapi/.*")))).isEqualTo("/1688/openapi/");
        assertThat(prefixes.of(pattern(urlMatching("/alipay/.*")))).isEqualTo("/alipay/");
        assertThat(prefixes.of(pattern(anyUrl()))).isEmpty();
    }

    @Test
    void aRequestMayMatchOnlyWhatItsUrlStartsWith() {
        RequestPattern alipay = pattern(urlPathEqualTo("/alipay/gateway.do"));
        assertThat(prefixes.mayMatch(alipay, "/alipay/gateway.do?charset=utf-8")).isTrue();
        assertThat(prefixes.mayMatch(alipay, "/1688/openapi/param2/1/x/y/z")).isFalse();
        assertThat(prefixes.mayMatch(alipay, "http://elsewhere/1688/openapi")).as("not a path: WireMock decides").isTrue();
    }

    private static RequestPattern pattern(UrlPattern url) {
        return RequestPatternBuilder.newRequestPattern(RequestMethod.POST, url).build();
    }
}
