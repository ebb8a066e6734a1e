package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.PublishedTownRounds;
import cn.helituan.domain.contest.ContestPresenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year end on a 390-px phone, on a year of its own (2034): the industry sub-team's published town contest, three
 * stops with a roster member presenting at each, the judge's marks ranking the third stop first. The sub-team's
 * leader opens the year end, goes to the town's candidates (best ranked first), recommends the first with a reason and
 * is back on the town's page with the recommendation listed; the county's org admin selects it as 担当作为好支书 from
 * the year's page.
 */
class YearEndIT extends BrowserSession {

    static final int YEAR = 2034;

    @Autowired
    PublishedTownRounds rounds;

    /** The presenters' names, best ranked first: a member at each of three stops, marked 6, 7 and 8. */
    private List<String> publishedRound() {
        long town = jdbc.queryForObject("select scope_unit_id from account where username = 'subteam'", Long.class);
        List<String> mobiles = rounds.mobilesUnder(town, 3);
        List<PublishedTownRounds.Stop> stops = new ArrayList<>();
        List<String> codes = List.of("DEMO-001", "DEMO-002", "DEMO-007");
        for (int n = 0; n < 3; n++) {
            long village = jdbc.queryForObject("select id from assisted_object where code = ?", Long.class,
                    codes.get(n));
            stops.add(new PublishedTownRounds.Stop(village, List.of(mobiles.get(n)), 6 + n));
        }
        List<String> names = new ArrayList<>(rounds.publish(YEAR, town, stops).stream()
                .map(ContestPresenter::getName).toList());
        Collections.reverse(names);
        return names;
    }

    @Test
    void theTownRecommendsItsBestRankedCandidateAndTheCountySelectsThem() throws IOException {
        List<String> names = publishedRound();
        metrics(390, 844, 2, true);
        freshSession();
        logIn("subteam");
        driver.get(url("/contests/year-end?year=" + YEAR));
        click(By.cssSelector("a.year-end-candidates"));
        wait.until(ExpectedConditions.urlContains("/contests/year-end/towns/"));
        List<WebElement> candidates = driver.findElements(By.cssSelector("ul.candidates > li"));
        assertThat(candidates.stream().map(li -> li.findElement(By.tagName("strong")).getText()).toList())
                .isEqualTo(names);
        assertThat(candidates.get(0).getText()).contains("第 1 名");
        candidates.get(0).findElement(By.name("reason")).sendKeys("擂台第一，带头致富");
        assertNoHorizontalScroll();
        screenshot("contest-year-end-town-phone.png");
        click(By.cssSelector("ul.candidates > li:first-child button.recommend"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "推荐"));
        assertThat(driver.getCurrentUrl()).contains("/contests/year-end/towns/");
        assertThat(text(By.cssSelector("ul.recommended"))).contains(names.get(0), "擂台第一，带头致富");
        assertThat(text(By.tagName("h1"))).contains("已推荐 1/2");

        freshSession();
        logIn("admin");
        driver.get(url("/contests/year-end?year=" + YEAR));
        WebElement recommended = driver.findElement(By.cssSelector("ul.recommended > li"));
        assertThat(recommended.getText()).contains(names.get(0));
        click(By.cssSelector("ul.recommended button.select-good-secretary"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.recommended"),
                YEAR + " 年度担当作为好支书"));
        assertNoHorizontalScroll();
        screenshot("contest-year-end-phone.png");
    }
}
