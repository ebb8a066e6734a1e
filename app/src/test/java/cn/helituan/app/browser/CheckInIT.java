package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 青山村's first secretary checks in from a 390-px phone: the browser first refuses the location (the page says how
 * to allow it), then allows it (Chromium's permission granted and its position set through the DevTools protocol,
 * 141 m from the village: 0.0012° north = 133.4 m and 0.0005° east = 45.9 m at 34.36°), the photo is chosen, the
 * check-in is in order; the org admin sees it in the village's list.
 */
class CheckInIT extends BrowserSession {

    @Test
    void aFirstSecretaryChecksInFromThePhoneWithLocationAndPhoto() throws IOException {
        metrics(390, 844, 2, true);
        logIn("secretary");
        driver.executeCdpCommand("Browser.setPermission", Map.of("permission", Map.of("name", "geolocation"),
                "setting", "denied", "origin", url("")));
        driver.get(url("/checkin"));
        waitForPath("/checkin");
        assertThat(text(By.id("checkin-village"))).contains("青山村");
        // the user said no to the browser's question
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("location-status"), "没有定位权限"));
        assertThat(driver.findElement(By.id("checkin-submit")).isEnabled()).isFalse();
        assertNoHorizontalScroll();
        screenshot("checkin-denied-phone.png");

        driver.executeCdpCommand("Browser.setPermission", Map.of("permission", Map.of("name", "geolocation"),
                "setting", "granted", "origin", url("")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 34.3612,
                "longitude", 107.2405, "accuracy", 12));
        click(By.id("locate"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("location-status"), "已获取定位"));
        Path photo = Files.createTempFile("checkin-", ".jpg");
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(60, 140, 80));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        ImageIO.write(image, "jpg", photo.toFile());
        driver.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        screenshot("checkin-phone.png");
        click(By.id("checkin-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkin-today")));
        assertThat(text(By.id("checkin-today"))).contains("今天已于", "正常", "距村 141 米", "定位精度约 12 米");
        assertNoHorizontalScroll();
        screenshot("checkin-done-phone.png");
        Files.deleteIfExists(photo);

        long qingshan = jdbc.queryForObject("select id from assisted_object where name = '青山村'", Long.class);
        freshSession();
        logIn("admin");
        driver.get(url("/objects/" + qingshan + "/checkins"));
        assertThat(text(By.id("checkin-list"))).contains("正常", "距村 141 米");
        assertNoHorizontalScroll();
        screenshot("checkin-village-phone.png");
    }
}
