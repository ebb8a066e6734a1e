package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * On a 390-px phone, 青山村's first secretary — leader of the demo's health-service cross-town team — logs a free
 * clinic for the team from the menu and records a spending entry; the org admin, at 1366 px, opens the team list from
 * the dashboard and sees the team's figures (two activities this year, the balance after the new entry) and its page,
 * with the project its medicines paid for and the demand it answers, whose page opens from it.
 * Screenshots docs/screenshots/crossteam-*.png.
 */
class CrossTeamIT extends BrowserSession {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String TEAM = "健康服务跨镇服务队";

    private void value(By by, String value) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void theLeaderLogsACrossTownActivityAndASpendingOnAPhoneAndTheOrgAdminSeesTheTeamsFigures() throws IOException {
        metrics(390, 844, 2, true);
        logIn("secretary");
        navigate("跨镇服务队", "/cross-teams");
        assertThat(text(By.id("cross-team-list"))).contains(TEAM);
        assertNoHorizontalScroll();
        screenshot("crossteam-list-phone.png");
        driver.findElement(By.linkText(TEAM)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-name")));

        click(By.id("log-activity"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-activity-form")));
        new Select(driver.findElement(By.id("typeId"))).selectByIndex(1);
        value(By.id("occurredOn"), LocalDate.now(ZONE).toString());
        driver.findElement(By.id("title")).sendKeys("城关镇消费帮扶义诊");
        driver.findElement(By.id("place")).sendKeys("城关镇卫生院");
        click(By.cssSelector("input[name=objectIds]"));
        click(By.cssSelector("input[name=memberIds]"));
        driver.findElement(By.id("patientsSeen")).sendKeys("85");
        assertNoHorizontalScroll();
        screenshot("crossteam-activity-form-phone.png");
        click(By.id("save-team-activity"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("team-activities"), "城关镇消费帮扶义诊"));
        assertNoHorizontalScroll();
        screenshot("crossteam-activity-logged-phone.png");

        click(By.id("new-spending"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("spending-form")));
        value(By.id("spentOn"), LocalDate.now(ZONE).toString());
        driver.findElement(By.id("purpose")).sendKeys("义诊车辆租赁");
        driver.findElement(By.id("amount")).sendKeys("300.00");
        assertNoHorizontalScroll();
        screenshot("crossteam-spending-form-phone.png");
        click(By.id("save-spending"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
        assertThat(text(By.id("ledger"))).contains("义诊车辆租赁", "300.00");
        assertThat(text(By.id("budget-balance"))).isEqualTo("14,759.50");
        screenshot("crossteam-ledger-phone.png");

        freshSession();
        metrics(1366, 900, 1, false);
        logIn("admin");
        driver.get(url("/dashboard"));
        click(By.id("cross-teams-link"));
        waitForPath("/cross-teams");
        WebElement row = driver.findElement(By.id("cross-team-list")).findElements(By.cssSelector("tbody tr"))
                .stream().filter(r -> r.getText().contains(TEAM)).findFirst().orElseThrow();
        assertThat(row.findElement(By.className("team-activities")).getText()).isEqualTo("2");
        assertThat(row.findElement(By.className("team-members")).getText()).isEqualTo("4");
        assertThat(row.findElement(By.className("team-balance")).getText()).isEqualTo("14,759.50");
        screenshot("crossteam-list-admin.png");
        row.findElement(By.linkText(TEAM)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-name")));
        assertThat(text(By.id("team-activities"))).contains("城关镇消费帮扶义诊", "青山镇巡回义诊");
        assertThat(text(By.id("budget-spent"))).isEqualTo("5,240.50");
        // the project the medicines paid for, and the demand it answers, each linked to its page
        assertThat(text(By.id("team-projects"))).contains("柳河社区慢病筛查建档");
        assertThat(text(By.id("team-demands"))).contains("社区老年人慢病筛查", "办理中");
        screenshot("crossteam-team-admin.png");
        // the whole ledger, where an entry is cancelled with a reason
        click(By.id("all-spending"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ledger input[name=reason]")));
        assertThat(text(By.id("ledger"))).contains("义诊车辆租赁", "300.00");
        assertThat(text(By.id("budget-spent"))).isEqualTo("5,240.50");
        screenshot("crossteam-ledger-admin.png");
        driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-projects")));
        By demand = By.cssSelector("#team-demands a");
        String href = driver.findElement(demand).getAttribute("href");
        assertThat(driver.findElement(demand).getText()).isEqualTo("社区老年人慢病筛查");
        click(demand);
        waitForPath(href.substring(url("").length()));
        assertThat(driver.getPageSource()).contains("社区老年人慢病筛查");
    }
}
