package cn.helituan.app.browser;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.RoundDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * A town contest on the day, on 390-px phones: the industry sub-team's leader has set up three stops (青山村, 石门村, the
 * tea company) and two judges (the tea group's leader and a member); each judge scores the three stops; the organiser
 * publishes, the ranking prints (no menu, no buttons); a case drafted from the first stop, a photo added, is
 * submitted, published by the org admin, found by the library's search and shows its photo. Totals by hand (×3, ×4, −×1, ×3): 青山村 88 and 88 → 88.00;
 * 石门村 78 and 83 → 80.50; the company 67 and 67 → 67.00.
 */
class ContestIT extends BrowserSession {

    @Autowired
    ContestAdministration administration;
    @Autowired
    AccountScopes accounts;

    private long round(String title) {
        Scope subteam = accounts.ofEnabled("subteam").orElseThrow();
        ContestRound round = administration.open(subteam, new RoundDetails(ContestLevel.TOWN, 2026, 4,
                subteam.unitId(), title, "产业振兴", null, 10, RoundDetails.defaultCriteria()));
        for (String code : List.of("DEMO-001", "DEMO-002", "DEMO-007")) {
            long village = jdbc.queryForObject("select id from assisted_object where code = ?", Long.class, code);
            administration.addStop(subteam, round.getId(), village, null, LocalDate.of(2026, 11, 20));
        }
        administration.addJudge(subteam, round.getId(), "leader");
        administration.addJudge(subteam, round.getId(), "member");
        return round.getId();
    }

    private void score(String judge, long round, int[][] marks, boolean shoot) throws IOException {
        freshSession();
        logIn(judge);
        List<Long> criteria = jdbc.queryForList(
                "select id from contest_criterion where round_id = ? order by position", Long.class, round);
        for (int stop = 0; stop < 3; stop++) {
            driver.get(url("/contests/" + round));
            List<WebElement> links = driver.findElements(By.cssSelector("#stop-list .stop-link"));
            links.get(stop).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-form")));
            for (int c = 0; c < criteria.size(); c++) {
                WebElement input = driver.findElement(By.id("score-" + criteria.get(c)));
                input.clear();
                input.sendKeys(String.valueOf(marks[stop][c]));
            }
            driver.findElement(By.id("comment")).sendKeys(judge + "的评语" + stop);
            assertNoHorizontalScroll();
            if (shoot && stop == 0) {
                screenshot("contest-score-phone.png");
            }
            click(By.id("save-score"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                    "评分已保存"));
        }
        driver.get(url("/contests/" + round));
        assertThat(driver.findElements(By.cssSelector("#stop-list .badge.text-bg-success"))).hasSize(3);
    }

    @Test
    void twoJudgesScoreThreeStopsTheOrganiserPublishesAndACaseFromTheFirstStopIsFound() throws IOException {
        String title = unique("浏览器擂台");
        long round = round(title);
        metrics(390, 844, 2, true);
        score("leader", round, new int[][] {{9, 9, 2, 9}, {8, 8, 2, 8}, {7, 7, 3, 7}}, true);
        score("member", round, new int[][] {{9, 9, 2, 9}, {8, 9, 1, 8}, {7, 7, 3, 7}}, false);

        freshSession();
        logIn("subteam");
        driver.get(url("/contests/" + round));
        assertThat(text(By.id("stop-list"))).contains("已评 2/2 位评委");
        click(By.id("publish-contest"));
        driver.switchTo().alert().accept();
        waitForPath("/contests/" + round + "/ranking");
        String ranking = text(By.id("ranking"));
        assertThat(ranking).contains("第 1 名", "88.00", "80.50", "67.00");
        assertThat(ranking.indexOf("青山村")).isLessThan(ranking.indexOf("石门村"));
        assertThat(text(By.id("ranking-method"))).contains("不足五位");
        assertNoHorizontalScroll();
        screenshot("contest-ranking-phone.png");
        // printed: the menu and the buttons are gone, the table stays
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.id("print-ranking")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".app-navbar")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("ranking")).isDisplayed()).isTrue();
        screenshot("contest-ranking-print.png");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // a case from the first stop, pre-filled
        long first = jdbc.queryForObject("select id from contest_stop where round_id = ? and position = 1",
                Long.class, round);
        driver.get(url("/contests/" + round + "/stops/" + first));
        click(By.id("draft-case"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-form")));
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("青山村：产业振兴");
        assertThat(text(By.id("case-source"))).contains(title);
        WebElement caseTitle = driver.findElement(By.id("title"));
        caseTitle.clear();
        String caseTitle2 = unique("擂台第一名案例");
        caseTitle.sendKeys(caseTitle2);
        driver.findElement(By.id("problem")).sendKeys("茶叶品质参差，销路不稳");
        screenshot("contest-case-draft-phone.png");
        click(By.id("save-case"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-case")));
        assertThat(text(By.id("case-results"))).contains("88.00", "第 1 名");
        // a photo of the tea garden, added to the draft
        Path photo = Files.createTempFile("case-", ".jpg");
        Files.write(photo, new ClassPathResource("photos/tea-garden-exif.jpg").getContentAsByteArray());
        driver.findElement(By.id("photo-files")).sendKeys(photo.toAbsolutePath().toString());
        click(By.id("add-photos"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photos .record-photo img")));
        click(By.id("submit-case"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "待审核"));
        String casePath = driver.getCurrentUrl().substring(url("").length());

        freshSession();
        logIn("admin");
        driver.get(url(casePath));
        click(By.id("publish-case"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "已发布"));

        freshSession();
        logIn("secretary");
        driver.get(url("/cases"));
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("销路不稳");
        q.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(text(By.id("case-list"))).contains(caseTitle2);
        assertNoHorizontalScroll();
        screenshot("contest-case-search-phone.png");
        // the published case shows its photo to every reader, and nothing to change it
        driver.get(url(casePath));
        WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#photos .record-photo img")));
        wait.until(d -> ((Number) driver.executeScript("return arguments[0].naturalWidth", shown)).intValue() > 0);
        assertThat(driver.findElements(By.id("photo-form"))).isEmpty();
        assertNoHorizontalScroll();
        screenshot("contest-case-photo-phone.png");
    }
}
