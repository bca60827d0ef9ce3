package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.BuyerClockDsl;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Дано;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.tr.Diyelimki;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import java.time.Duration;

/**
 * Time passing for the buyer, on the simulator's virtual clock. Russian also reads "проходит 60
 * секунд", natural where the number takes the genitive plural (5–20, 25–30, …), as sections 3–4B use it.
 */
public class BuyerClockSteps {
    private final BuyerClockDsl clock;

    public BuyerClockSteps(BuyerClockDsl clock) {
        this.clock = clock;
    }

    @When("{int} second(s) pass(es) for the buyer")
    @Когда("для покупателя проходит/проходят {int} секунда/секунды/секунд")
    @Eğerki("aradan {int} saniye geçer")
    @当("过了{int}秒")
    public void secondsPass(int seconds) {
        clock.pass(Duration.ofSeconds(seconds));
    }

    @When("{int} minute(s) pass(es) for the buyer")
    @Когда("для покупателя проходит/проходят {int} минута/минуты/минут")
    @Eğerki("aradan {int} dakika geçer")
    @当("过了{int}分钟")
    public void minutesPass(int minutes) {
        clock.pass(Duration.ofMinutes(minutes));
    }

    @Given("it is {string} for the buyer")
    @Дано("для покупателя сегодня {string}")
    @Diyelimki("bugünün tarihi {string}")
    @假如("今天是{string}")
    public void itIsDateForTheBuyer(String isoDate) {
        clock.dateIs(isoDate);
    }
}
