package cn.helituan.app.browser;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestCriteria;
import cn.helituan.domain.contest.ContestCriterion;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestScoring;
import cn.helituan.domain.contest.RoundDetails;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

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
    ContestAdministration administration;
    @Autowired
    ContestScoring scoring;
    @Autowired
    ContestCriteria criteria;
    @Autowired
    AccountScopes accounts;
    @Autowired
    TransactionTemplate tx;

    /** The presenters' names, best ranked first. */
    private List<String> publishedRound() {
        return tx.execute(status -> {
            Scope system = Scope.system();
            long town = jdbc.queryForObject("select scope_unit_id from account where username = 'subteam'",
                    Long.class);
            ContestRound round = administration.open(system, new RoundDetails(ContestLevel.TOWN, YEAR, 1, town,
                    unique("年终擂台"), "产业振兴", null, 10, RoundDetails.defaultCriteria()));
            List<String> mobiles = jdbc.queryForList("""
                    select m.mobile from member m join membership s on s.member_id = m.id join unit u on u.id = s.unit_id
                    where u.path like (select path from unit where id = ?) || '%' and s.left_on is null
                      and m.mobile is not null
                    group by m.id, m.mobile order by m.id limit 3""", String.class, town);
            administration.addJudge(system, round.getId(), "reviewer");
            List<ContestCriterion> list = criteria.findByRoundIdOrderByPosition(round.getId());
            List<String> names = new ArrayList<>();
            int n = 0;
            for (String code : List.of("DEMO-001", "DEMO-002", "DEMO-007")) {
                long village = jdbc.queryForObject("select id from assisted_object where code = ?", Long.class,
                        code);
                long stop = administration.addStop(system, round.getId(), village, null,
                        LocalDate.of(YEAR, 3, 10 + n)).getId();
                names.add(0, administration.addPresenter(system, round.getId(), stop, null, mobiles.get(n),
                        "村党支部书记").getName());
                Map<Long, BigDecimal> marks = new HashMap<>();
                for (ContestCriterion c : list) {
                    marks.put(c.getId(), BigDecimal.valueOf(6 + n));
                }
                scoring.score(accounts.ofEnabled("reviewer").orElseThrow(), round.getId(), stop,
                        new ContestScoring.Marks(marks, null));
                n++;
            }
            administration.publish(system, round.getId(), round.getVersion());
            return names;
        });
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
