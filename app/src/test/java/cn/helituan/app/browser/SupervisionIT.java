package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.Demo;
import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.supervision.SupervisionPlan;
import cn.helituan.domain.supervision.SupervisionPlanning;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a 390-px phone the supervision group's inspector opens this half month's plan over the tea group, records an
 * unannounced visit (one item failed, the first secretary not on site) and a finding with a photo; the tea group's
 * leader answers it with the correction; the inspector accepts it and the finding is closed.
 * Screenshots docs/screenshots/supervision-*.png.
 */
class SupervisionIT extends BrowserSession {

    @Autowired
    SupervisionPlanning planning;
    @Autowired
    AccountScopes accounts;
    @Autowired
    Demo demo;

    @Test
    void anInspectorRecordsAnUnannouncedVisitWithAFindingTheLeaderAnswersAndTheInspectorAccepts() throws IOException {
        LocalDate today = planning.today();
        SupervisionPlan plan = planning.create(accounts.ofEnabled("admin").orElseThrow(),
                new SupervisionPlanning.PlanCommand("茶产业小组暗访", demo.unitId(Demo.TEA_GROUP), today.minusDays(1),
                        today.plusDays(6), null, null,
                        Set.of(accounts.ofEnabled("inspector").orElseThrow().accountId())));
        metrics(390, 844, 2, true);
        logIn("inspector");
        navigate("督导检查", "/supervision");
        assertNoHorizontalScroll();
        screenshot("supervision-plans-phone.png");
        driver.get(url("/supervision/plans/" + plan.getId()));
        assertThat(text(By.id("plan-units"))).contains(Demo.TEA_GROUP, "尚未检查");
        click(By.cssSelector("#plan-units .inspect-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-form")));
        assertThat(driver.findElement(By.cssSelector("input[type=checkbox][name=announced]")).isSelected()).as("unannounced by default").isFalse();
        driver.findElement(By.id("met")).sendKeys("村支书、两户村民");
        // 考勤制度执行 failed with 6 points of 10
        WebElement passed = driver.findElement(By.id("passed0"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", passed);
        passed.click();
        WebElement score = driver.findElement(By.id("results0.score"));
        score.clear();
        score.sendKeys("6");
        for (WebElement s : driver.findElements(By.cssSelector(".item-score"))) {
            if (s.getDomProperty("value").isEmpty()) {
                s.sendKeys(s.getDomAttribute("max"));
            }
        }
        // everyone present but the last on the list
        var present = driver.findElements(By.cssSelector("#presence input[type=checkbox]"));
        for (int i = 0; i < present.size() - 1; i++) {
            driver.executeScript("arguments[0].click()", present.get(i));
        }
        WebElement asked = driver.findElement(By.id("asked"));
        asked.clear();
        asked.sendKeys("12");
        WebElement satisfied = driver.findElement(By.id("satisfied"));
        satisfied.clear();
        satisfied.sendKeys("10");
        assertNoHorizontalScroll();
        screenshot("supervision-inspection-form-phone.png");
        click(By.id("inspection-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-record")));
        assertThat(text(By.id("inspection-record"))).contains("明察暗访（不打招呼）", "村支书、两户村民");
        assertThat(text(By.id("inspection-results"))).contains("不合格", "6/10 分");

        new Select(driver.findElement(By.id("itemId"))).selectByVisibleText("考勤制度执行");
        driver.findElement(By.id("what")).sendKeys("驻村日志本周缺记 3 天，与考勤记录对不上。");
        driver.findElement(By.id("place")).sendKeys("村委会");
        new Select(driver.findElement(By.id("severity"))).selectByVisibleText("较重");
        Path photo = Files.createTempFile("finding-", ".jpg");
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 180, 120));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(60, 60, 60));
        g.fillRect(120, 100, 400, 280);
        g.dispose();
        ImageIO.write(image, "jpg", photo.toFile());
        driver.findElement(By.id("finding-photos")).sendKeys(photo.toAbsolutePath().toString());
        assertNoHorizontalScroll();
        screenshot("supervision-finding-form-phone.png");
        click(By.id("finding-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("finding-record")));
        Files.deleteIfExists(photo);
        assertThat(text(By.id("finding-record"))).contains("待整改", "较重", "驻村日志本周缺记 3 天");
        assertThat(driver.findElements(By.cssSelector("#photos img.finding-photo"))).hasSize(1);
        WebElement shown = driver.findElement(By.cssSelector("#photos img.finding-photo"));
        wait.until(d -> !"0".equals(shown.getDomProperty("naturalWidth")));
        driver.executeScript("window.scrollTo(0, 0)");
        String finding = driver.getCurrentUrl();
        screenshot("supervision-finding-phone.png");

        freshSession();
        logIn("leader");
        navigate("督导检查", "/supervision/findings");
        driver.get(url("/supervision/findings?status=OPEN"));
        assertThat(text(By.id("finding-list"))).contains("驻村日志本周缺记 3 天");
        driver.get(finding);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
        driver.findElement(By.id("answer")).sendKeys("已补记日志，组长每周五检查日志与考勤。");
        assertNoHorizontalScroll();
        screenshot("supervision-answer-phone.png");
        click(By.cssSelector("#answer-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-record"), "已整改待核验"));

        freshSession();
        logIn("inspector");
        driver.get(url("/supervision/findings?status=ANSWERED"));
        assertThat(text(By.id("finding-list"))).contains("驻村日志本周缺记 3 天");
        driver.get(finding);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-form")));
        click(By.id("accept"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-record"), "已销号"));
        assertThat(text(By.id("history"))).contains("状态");
        assertNoHorizontalScroll();
        screenshot("supervision-accepted-phone.png");
    }
}
