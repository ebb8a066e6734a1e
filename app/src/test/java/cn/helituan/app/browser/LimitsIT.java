package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A form over the server's limits in a browser (issue 21): a group leader types an activity and chooses a photo of
 * 201 MB (a sparse file: nothing is read). limits.js says so next to the photo field at once, and "保存" sends
 * nothing: the page, what was typed and the form stay. Sent all the same (the form submitted by script, as a browser
 * without the check would), the server answers with the product's page; 返回修改 goes back to the form, still
 * holding the title.
 */
class LimitsIT extends BrowserSession {

    @Test
    void aPhotoOverTheLimitIsSaidOnTheFormAndNothingTypedIsLost() throws Exception {
        desktop();
        logIn("leader");
        driver.get(url("/activities/new"));
        String title = "超限照片的走访 " + System.nanoTime() % 100_000;
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys(title);
        Path photo = Files.createTempFile("limits", ".jpg");
        try {
            try (RandomAccessFile file = new RandomAccessFile(photo.toFile(), "rw")) {
                file.setLength(201L << 20);
            }
            WebElement photos = driver.findElement(By.id("photos"));
            photos.sendKeys(photo.toAbsolutePath().toString());
            WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#form-photos .limit-error")));
            assertThat(message.getText()).isEqualTo("照片或文件过大：单个文件不能超过 200 MB。");
            assertThat(photos.getDomAttribute("class")).contains("is-invalid");

            click(By.id("save"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#form-photos .limit-error")));
            assertThat(driver.getCurrentUrl()).as("not sent").endsWith("/activities/new");
            assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
            assertThat(jdbc.queryForObject("select count(*) from activity where title = ?", Long.class, title))
                    .isZero();

            // sent without the check: the server's own page, then back to the form as it was typed
            driver.executeScript("document.getElementById('activity-form').submit()");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("limit-page")));
            assertThat(text(By.id("limit-message")))
                    .isEqualTo("照片或文件过大：一次提交的文件合计不能超过 200 MB，请分几次上传。");
            click(By.id("limit-back"));
            waitForPath("/activities/new");
            wait.until(d -> title.equals(d.findElement(By.id("title")).getDomProperty("value")));
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
