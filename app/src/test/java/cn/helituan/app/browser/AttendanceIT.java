package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * On a 390-px phone, 青山村's first secretary asks for leave and reports a major matter from the menu; the industry
 * sub-team's leader (whose tea group is paired with 青山村) finds both, approves the leave and acknowledges the
 * report, then reads the village's attendance sheet. Screenshots docs/screenshots/attendance-*.png.
 */
class AttendanceIT extends BrowserSession {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Sets a date or date-time input's value as the phone's picker would (its typed form is the browser's locale's). */
    private void value(By by, String value) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void aCadreAsksLeaveAndReportsAMajorMatterAndTheSubTeamLeaderApprovesAndAcknowledges() throws IOException {
        metrics(390, 844, 2, true);
        logIn("secretary");
        navigate("请假与外出", "/absences");
        click(By.id("ask-leave"));
        waitForPath("/absences/new");
        LocalDate from = LocalDate.now(ZONE).plusDays(20);
        value(By.id("startsOn"), from.toString());
        value(By.id("endsOn"), from.plusDays(1).toString());
        driver.findElement(By.id("reason")).sendKeys("孩子高考，回家两天。");
        assertNoHorizontalScroll();
        screenshot("attendance-leave-form-phone.png");
        click(By.id("absence-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("absence-record")));
        assertThat(text(By.id("absence-record"))).contains("待审批", "请假", "共 2 天", "孩子高考");
        screenshot("attendance-leave-asked-phone.png");

        navigate("重大事项报告", "/major-matters");
        click(By.id("report-matter"));
        waitForPath("/major-matters/new");
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("安全事故");
        value(By.id("happenedAt"), LocalDateTime.now(ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString());
        driver.findElement(By.id("what")).sendKeys("村小学围墙因连日降雨局部坍塌，无人员受伤。");
        driver.findElement(By.id("done")).sendKeys("已设置警戒线，通知学校停用操场，报镇安监站。");
        assertNoHorizontalScroll();
        screenshot("attendance-matter-form-phone.png");
        click(By.id("matter-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matter-record")));
        assertThat(text(By.id("matter-record"))).contains("待阅知", "安全事故", "围墙");

        freshSession();
        logIn("subteam");
        navigate("请假与外出", "/absences");
        driver.get(url("/absences?status=REQUESTED"));
        assertThat(text(By.id("absence-list"))).contains("青山村");
        assertNoHorizontalScroll();
        screenshot("attendance-queue-phone.png");
        driver.findElement(By.id("absence-list")).findElements(By.cssSelector("li")).stream()
                .filter(li -> li.getText().contains(from.toString())).findFirst().orElseThrow()
                .findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
        driver.findElement(By.id("note")).sendKeys("同意，安排好村里工作。");
        click(By.id("approve"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("absence-record"), "已批准"));
        assertThat(text(By.id("absence-record"))).contains("同意，安排好村里工作。");
        assertNoHorizontalScroll();
        screenshot("attendance-leave-approved-phone.png");

        driver.get(url("/major-matters?open=true"));
        driver.findElement(By.id("matter-list")).findElements(By.cssSelector("li")).stream()
                .filter(li -> li.getText().contains("安全事故")).findFirst().orElseThrow()
                .findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledge-form")));
        driver.findElement(By.id("note")).sendKeys("已阅，请尽快排除隐患。");
        click(By.id("acknowledge"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter-record"), "已阅知"));
        assertNoHorizontalScroll();
        screenshot("attendance-matter-acknowledged-phone.png");

        navigate("驻村考勤表", "/attendance");
        assertThat(text(By.id("attendance-sheet"))).contains("青山村");
        assertNoHorizontalScroll();
        screenshot("attendance-sheet-phone.png");
    }
}
