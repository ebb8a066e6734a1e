package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the menu usable on a 1366-px desktop in English and on a 390-px phone in Chinese, for the org admin
 * (every entry) and a group leader: the page no wider than the screen, and log out and the language switch on the
 * screen (on the phone, in the unfolded menu). The pages are the menu's own entries, read from the page, so a new
 * entry is checked without changing this test.
 */
class LayoutIT extends BrowserSession {

    private static final int WIDE = 1366;
    private static final int WIDE_HEIGHT = 768;
    private static final int NARROW = 390;
    private static final int NARROW_HEIGHT = 844;

    @Test
    void theOrgAdminsPagesFitA1366DesktopInEnglish() throws IOException {
        desktopInEnglish("admin");
        List<String> pages = menuPages();
        assertThat(pages).as("an org admin's menu").contains("/", "/units", "/members", "/work-units", "/relationships",
                "/objects", "/activities", "/plans", "/demands", "/dashboard", "/notifications", "/evaluations",
                "/imports", "/accounts", "/account/password");
        for (String page : pages) {
            openAndCheck(page, WIDE);
        }
        openAndCheck("/dashboard/units", WIDE);
        driver.get(url("/"));
        openGroupsOneByOne();
        screenshot("menu-desktop-en.png");
    }

    /** A record's labels and values: each value on its label's row, beside it, on a desktop and on a phone. */
    @Test
    void recordPagesKeepEachValueBesideItsLabel() throws IOException {
        desktopInEnglish("admin");
        Long activity = jdbc.queryForObject("select min(id) from activity where status <> 'WITHDRAWN'", Long.class);
        Long demand = jdbc.queryForObject("select min(id) from demand", Long.class);
        Long resource = jdbc.queryForObject("select min(id) from resource", Long.class);
        List<String> records = List.of("/activities/" + activity, "/demands/" + demand, "/resources/" + resource);
        for (String record : records) {
            driver.get(url(record));
            assertPairsAligned(record);
        }
        driver.get(url(records.get(0)));
        screenshot("activity-page-desktop.png");
        metrics(NARROW, NARROW_HEIGHT, 2, true);
        for (String record : records) {
            driver.get(url(record));
            assertPairsAligned(record);
        }
    }

    /**
     * The dashboard's charts draw their tables' numbers with axes, beside the tables; printed, the menu and the period
     * form go and the charts and tables stay.
     */
    @Test
    void theDashboardsChartsShowTheirTablesAndPrint() throws IOException {
        desktopInEnglish("admin");
        driver.get(url("/dashboard"));
        List<WebElement> canvases = driver.findElements(By.cssSelector("canvas[data-chart]"));
        assertThat(canvases).hasSize(3);
        for (WebElement canvas : canvases) {
            String table = canvas.getDomAttribute("data-table");
            wait.until(d -> driver.executeScript("return !!Chart.getChart(arguments[0])", canvas));
            @SuppressWarnings("unchecked")
            List<Object> labels = (List<Object>) driver.executeScript(
                    "return Chart.getChart(arguments[0]).data.labels", canvas);
            List<WebElement> rows = driver.findElements(By.cssSelector("#" + table + " tbody tr"));
            assertThat(labels).as("%s: a bar per row", table).hasSize(rows.size());
            for (int series = 0; series < 2; series++) {
                @SuppressWarnings("unchecked")
                List<Number> values = (List<Number>) driver.executeScript(
                        "return Chart.getChart(arguments[0]).data.datasets[arguments[1]].data", canvas, series);
                for (int row = 0; row < rows.size(); row++) {
                    String cell = rows.get(row).findElements(By.tagName("td")).get(series + 1).getText();
                    assertThat(values.get(row).longValue()).as("%s row %d", table, row).isEqualTo(Long.parseLong(cell));
                }
            }
            assertThat((Boolean) driver.executeScript("var s = Chart.getChart(arguments[0]).scales;"
                    + " return s.x.ticks.length > 1 && s.y.ticks.length > 1", canvas))
                    .as("%s: both axes carry values", table).isTrue();
            // beside its table on a desktop
            assertThat(driver.findElement(By.id(table)).getRect().getY())
                    .isBetween(canvas.getRect().getY() - 60, canvas.getRect().getY() + 60);
        }
        assertThat(driver.findElement(By.cssSelector("#trend canvas")).getRect().getHeight()).isGreaterThan(150);
        screenshot("dashboard-charts.png");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector(".app-navbar")).isDisplayed()).as("no menu printed").isFalse();
            assertThat(driver.findElement(By.id("period-form")).isDisplayed()).as("no form printed").isFalse();
            for (WebElement canvas : driver.findElements(By.cssSelector("canvas[data-chart]"))) {
                assertThat(canvas.isDisplayed()).isTrue();
                assertThat(driver.findElement(By.id(canvas.getDomAttribute("data-table"))).isDisplayed()).isTrue();
            }
            screenshot("dashboard-print.png");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    void aGroupLeadersPagesFitA1366DesktopInEnglish() {
        desktopInEnglish("leader");
        List<String> pages = menuPages();
        assertThat(pages).as("a group leader's menu").contains("/", "/units", "/activities", "/plans", "/demands")
                .doesNotContain("/imports", "/accounts");
        for (String page : pages) {
            openAndCheck(page, WIDE);
        }
        driver.get(url("/"));
        openGroupsOneByOne();
    }

    @Test
    void theOrgAdminsPagesFitA390PhoneInChinese() throws IOException {
        phoneInChinese("admin");
        for (String page : menuPages()) {
            openAndCheck(page, NARROW);
        }
        openAndCheck("/dashboard/units", NARROW);
        driver.get(url("/"));
        openMenu();
        screenshot("menu-phone-zh.png");
    }

    @Test
    void aGroupLeadersPagesFitA390PhoneInChinese() {
        phoneInChinese("leader");
        List<String> pages = menuPages();
        assertThat(pages).contains("/", "/activities", "/demands").doesNotContain("/imports");
        for (String page : pages) {
            openAndCheck(page, NARROW);
        }
    }

    // --- steps ---

    private void desktopInEnglish(String username) {
        metrics(WIDE, WIDE_HEIGHT, 1, false);
        logIn(username);
        driver.get(url("/?lang=en"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    private void phoneInChinese(String username) {
        metrics(NARROW, NARROW_HEIGHT, 2, true);
        logIn(username);
        driver.get(url("/?lang=zh-CN"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
    }

    /** The addresses of the menu's entries and of the user's own page, in the menu's order. */
    private List<String> menuPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : driver.findElements(By.cssSelector("#mainNav a[href]"))) {
            String href = link.getDomAttribute("href");
            if (href != null && href.startsWith("/") && !href.contains("lang=")) {
                pages.add(href);
            }
        }
        return new ArrayList<>(pages);
    }

    private void openAndCheck(String page, int width) {
        driver.get(url(page));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        assertThat(driver.findElements(By.id("logout"))).as("%s is a page of the application", page).isNotEmpty();
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) driver.executeScript("return window.innerWidth");
        assertThat(viewport.intValue()).isEqualTo(width);
        assertThat(scrollWidth.intValue()).as("%s is no wider than the %d-px screen", page, width)
                .isLessThanOrEqualTo(width);
        openMenu();
        for (WebElement reachable : List.of(driver.findElement(By.id("logout")),
                driver.findElement(By.cssSelector(".lang-switch a[lang='zh-CN']")),
                driver.findElement(By.cssSelector(".lang-switch a[lang='en']")))) {
            assertOnScreen(page, reachable, width);
        }
    }

    /** On a desktop every group of the menu opens with its entries on the screen. */
    private void openGroupsOneByOne() {
        List<WebElement> toggles = driver.findElements(By.cssSelector("#mainNav .menu-group > .dropdown-toggle"));
        assertThat(toggles).isNotEmpty();
        for (WebElement toggle : toggles) {
            toggle.click();
            WebElement menu = toggle.findElement(By.xpath("following-sibling::ul"));
            wait.until(ExpectedConditions.visibilityOf(menu));
            for (WebElement entry : menu.findElements(By.cssSelector(".dropdown-item"))) {
                assertOnScreen(toggle.getText(), entry, WIDE);
            }
        }
    }

    /** Every dt of the page's record list has its dd on the same line, to its right. */
    private void assertPairsAligned(String page) {
        List<WebElement> labels = driver.findElements(By.cssSelector("main dl > dt"));
        assertThat(labels).as("%s shows a record", page).hasSizeGreaterThan(3);
        for (WebElement label : labels) {
            WebElement value = label.findElement(By.xpath("following-sibling::dd[1]"));
            double labelTop = top(label);
            double valueTop = top(value);
            assertThat(valueTop).as("%s: the value of %s on its row", page, label.getText())
                    .isBetween(labelTop - 2, labelTop + 2);
            assertThat(value.getRect().getX()).as("%s: the value of %s beside it", page, label.getText())
                    .isGreaterThan(label.getRect().getX());
        }
    }

    private double top(WebElement element) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", element)).doubleValue();
    }

    private void assertOnScreen(String where, WebElement element, int width) {
        assertThat(element.isDisplayed()).as("%s shows %s", where, element.getText()).isTrue();
        Number right = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().right", element);
        Number left = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().left", element);
        assertThat(left.doubleValue()).as("%s: %s starts on the screen", where, element.getText()).isGreaterThanOrEqualTo(0);
        assertThat(right.doubleValue()).as("%s: %s ends on the %d-px screen", where, element.getText(), width)
                .isLessThanOrEqualTo(width);
    }
}
