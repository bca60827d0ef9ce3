package com.buyerjourneykit.simulator.member1688.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yuan and fen, half-even fees, and the report's CSV text. */
class CommerceMoneyTest {

    @Test
    void yuanTextBecomesFenExactly() {
        assertThat(Yuan.toFen("20.00")).isEqualTo(2000);
        assertThat(Yuan.toFen("0.1")).isEqualTo(10);
        assertThat(Yuan.toFen("100000")).isEqualTo(10_000_000);
        assertThat(Yuan.text(1850)).isEqualTo("18.50");
        assertThatThrownBy(() -> Yuan.toFen("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Yuan.toFen("-1.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFeeIsRoundedHalfEvenToTheFen() {
        BigDecimal service = new BigDecimal("0.002");
        assertThat(Yuan.share(250, service)).as("0.5 → 0").isZero();
        assertThat(Yuan.share(750, service)).as("1.5 → 2").isEqualTo(2);
        assertThat(Yuan.share(4500, new BigDecimal("0.008"))).isEqualTo(36);
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDisarmsFormulas() {
        String csv = Csv.of(List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""), List.of("=SUM(A1)", "-12.50")));
        assertThat(csv).isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n'=SUM(A1),-12.50\r\n");
    }

    @Test
    void aBrokenCatalogueNamesTheBadField() {
        assertThatThrownBy(() -> CatalogueReader.read("{\"suppliers\":[],\"categories\":[],\"offers\":[{\"offerId\":1}]}"))
                .hasMessageContaining("catalogue.offers[0]");
    }
}
