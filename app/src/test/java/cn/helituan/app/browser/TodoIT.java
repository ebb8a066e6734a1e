package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.activity.ActivityDetails;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.app.support.Demo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The to-do centre in a browser: a first secretary sees the badge, opens the to-do list, follows the item to the
 * activities waiting for the village, confirms one, and the badge drops by one — on a 1280-px desktop, then the same
 * list on a 360-px phone, where the count stays in sight beside the folded menu.
 */
class TodoIT extends BrowserSession {

    @Autowired
    ActivityLog activities;
    @Autowired
    AccountService accounts;

    @Test
    void aFirstSecretaryFollowsTheirToDoConfirmsAnActivityAndTheBadgeDrops() throws IOException {
        long tea = demo.unitId(Demo.TEA_GROUP);
        long qingshan = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-001'", Long.class);
        long type = jdbc.queryForObject("select id from activity_type where code = 'RESEARCH_VISIT'", Long.class);
        String title = "待办确认的调研走访 " + System.nanoTime() % 100_000;
        activities.log(accounts.scopeOf("leader").orElseThrow(), new ActivityDetails(tea, type,
                LocalDate.now().minusDays(1), title, "青山村村委会", null, List.of(qingshan), List.of(), 3, Map.of(),
                null, false, null, null));

        desktop();
        logIn("secretary");
        long before = Long.parseLong(text(By.id("todo-badge")));
        assertThat(before).as("the new report waits for the village at least").isPositive();
        assertThat(driver.findElements(By.cssSelector("#home-todos .todo-item"))).as("the start page lists them")
                .isNotEmpty();
        click(By.id("nav-todos"));
        waitForPath("/todos");
        WebElement item = driver.findElement(By.cssSelector(".todo-item[data-kind=activitiesToConfirm]"));
        assertThat(item.getText()).contains("次帮扶活动待本村确认");
        assertNoHorizontalScroll();
        screenshot("todos-secretary-desktop.png");
        click(By.cssSelector(".todo-item[data-kind=activitiesToConfirm]"));
        waitForPath("/activities");
        click(By.linkText(title));
        wait.until(ExpectedConditions.urlMatches("/activities/\\d+$"));
        click(By.id("confirm"));
        wait.until(ExpectedConditions.textToBe(By.id("activity-status"), "已确认"));
        assertThat(text(By.id("todo-badge"))).as("one thing fewer to do").isEqualTo(String.valueOf(before - 1));

        phone();
        driver.get(url("/todos"));
        waitForPath("/todos");
        assertThat(text(By.id("todo-badge-phone"))).as("in sight beside the folded menu")
                .endsWith(String.valueOf(before - 1));
        assertNoHorizontalScroll();
        screenshot("todos-secretary-phone.png");
    }
}
