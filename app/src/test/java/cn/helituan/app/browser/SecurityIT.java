package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.Pages;
import cn.helituan.domain.account.Totp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 21, as a production deployment has it (the second factor required): an org admin signs in for the first
 * time, enrols an authenticator by the secret shown beside the QR code, keeps the recovery codes, and signs in again
 * with the app's next code; then the security auditor (also asked for the code) searches the security log for the
 * admin's sign-ins. Screenshots docs/screenshots/security-*.png.
 */
@TestPropertySource(properties = "helituan.security.second-factor-required=true")
class SecurityIT extends BrowserSession {

    private static final String PASSWORD = "Qingshan#2026tea";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anOrgAdminEnrolsAnAuthenticatorAndSignsInWithItAndTheAuditorSearchesTheLog() throws Exception {
        metrics(DESKTOP_WIDTH, DESKTOP_HEIGHT, 1, false);
        String admin = account("ORG_ADMIN", "县委组织部 李明");
        signIn(admin);
        waitForPath("/login/second-factor/enrol");
        assertThat(text(By.tagName("h1"))).contains("启用二次验证");
        wait.until(d -> (Boolean) driver.executeScript(
                "var i = document.getElementById('second-factor-qr'); return i.complete && i.naturalWidth > 0;"));
        screenshot("security-enrol.png");
        long used = enterCode(secret(), "second-factor-enrol-submit");
        waitForPath("/login/second-factor/codes");
        assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        screenshot("security-recovery-codes.png");
        click(By.id("recovery-codes-done"));
        waitForPath("/");

        // the next sign-in asks for the app's code (a new one: each is good once)
        String secret = jdbc.queryForObject("select totp_secret from account where username = ?", String.class, admin);
        freshSession();
        signIn(admin);
        waitForPath("/login/second-factor");
        metrics(390, 844, 2, true);
        assertNoHorizontalScroll();
        screenshot("security-second-factor-phone.png");
        waitForStepAfter(used);
        enterCode(secret, "second-factor-submit");
        waitForPath("/");
        wait.until(d -> String.valueOf(d.findElement(By.id("nav-user")).getDomAttribute("title")).startsWith(admin));

        // the auditor enrols too, then finds the admin's sign-ins in the log
        metrics(DESKTOP_WIDTH, DESKTOP_HEIGHT, 1, false);
        String auditor = account("AUDITOR", "安全审计员 王芳");
        freshSession();
        signIn(auditor);
        waitForPath("/login/second-factor/enrol");
        enterCode(secret(), "second-factor-enrol-submit");
        waitForPath("/login/second-factor/codes");
        click(By.id("recovery-codes-done"));
        waitForPath("/audit");
        driver.findElement(By.id("user")).sendKeys(admin);
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("二次验证通过");
        click(By.cssSelector("#audit-filters button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-count"), "共 1 条"));
        assertThat(text(By.id("audit-rows"))).contains(admin, "二次验证通过", "POST /login/second-factor");
        new Select(driver.findElement(By.id("kind"))).selectByIndex(0);
        click(By.cssSelector("#audit-filters button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-rows"), "启用二次验证"));
        assertThat(text(By.id("audit-rows"))).contains("登录（密码正确）", "启用二次验证", "二次验证通过");
        click(By.id("audit-check-now"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-check"), "日志链完整"));
        screenshot("security-audit-log.png");
        metrics(390, 844, 2, true);
        driver.navigate().refresh();
        assertNoHorizontalScroll();
        screenshot("security-audit-log-phone.png");
    }

    private void signIn(String username) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        click(By.id("login-submit"));
    }

    private String secret() {
        return text(By.id("second-factor-secret")).replace(" ", "");
    }

    /** Types the app's code of now and sends it; the time step it was for. */
    private long enterCode(String secret, String submit) {
        long step = Totp.step(Instant.now());
        driver.findElement(By.id("code")).sendKeys(Totp.code(secret, step));
        click(By.id(submit));
        return step;
    }

    /** A code is good once: the next sign-in waits for the app's next code, as a person would. */
    private void waitForStepAfter(long used) throws InterruptedException {
        while (Totp.step(Instant.now()) <= used) {
            Thread.sleep(500);
        }
    }

    private String account(String role, String displayName) {
        String name = Pages.unique(role.equals("AUDITOR") ? "audit" : "admin").replace('-', '_');
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, must_change_password, created_at,
                                     password_changed_at) values (?, ?, ?, ?, false, now(), now())""",
                name, encoder.encode(PASSWORD), displayName, role);
        return name;
    }
}
