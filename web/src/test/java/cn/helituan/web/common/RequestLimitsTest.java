package cn.helituan.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.web.common.RequestLimits.Limit;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Which limit a request passed, told from what Tomcat 11 throws from {@code getParameter} (built here as Tomcat's
 * {@code Request.parseParts}/{@code parseParameters} and {@code Parameters.addParameter} build them, with Tomcat's
 * own messages), and what the user reads for it, with the configured figure, in Chinese and English.
 */
class RequestLimitsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final RequestLimits limits = new RequestLimits(TestMessages.source(), DataSize.ofMegabytes(200),
            DataSize.ofMegabytes(300), 500, 2000, DataSize.ofKilobytes(512));

    @Test
    void aFileOverMaxFileSize() {
        var failure = new InvalidParameterException(new FileSizeLimitExceededException(
                "The field photos exceeds its maximum permitted size of 209715200 bytes.", 220_000_000L, 209_715_200L),
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        assertThat(Limit.of(failure)).isEqualTo(Limit.FILE_SIZE);
        assertThat(Limit.FILE_SIZE.status().value()).isEqualTo(413);
        assertThat(limits.describe(Limit.FILE_SIZE, ZH)).isEqualTo("照片或文件过大：单个文件不能超过 200 MB。");
        assertThat(limits.describe(Limit.FILE_SIZE, EN)).isEqualTo("A photo or file is too large: each file may be at most 200 MB.");
    }

    @Test
    void aFormOverMaxRequestSize() {
        var failure = new InvalidParameterException(new SizeLimitExceededException(
                "the request was rejected because its size (330000000) exceeds the configured maximum (314572800)",
                330_000_000L, 314_572_800L), HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        assertThat(Limit.of(failure)).isEqualTo(Limit.REQUEST_SIZE);
        assertThat(limits.describe(Limit.REQUEST_SIZE, ZH))
                .isEqualTo("照片或文件过大：一次提交的文件合计不能超过 300 MB，请分几次上传。");
        // as Spring wraps it when it parses the parts itself
        assertThat(Limit.of(new MaxUploadSizeExceededException(-1, failure))).isEqualTo(Limit.REQUEST_SIZE);
    }

    @Test
    void tooManyParts() {
        var failure = new InvalidParameterException(new FileCountLimitExceededException("attachment", 500),
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        assertThat(Limit.of(failure)).isEqualTo(Limit.PARTS);
        assertThat(limits.describe(Limit.PARTS, ZH)).isEqualTo("提交的内容过多（超过 500 项），请减少后分几次提交。");
        assertThat(limits.describe(Limit.PARTS, EN))
                .isEqualTo("Too much was sent at once (more than 500 items). Please send less, in several goes.");
    }

    @Test
    void tooManyParameters() {
        var failure = new InvalidParameterException("More than the maximum number of request parameters (GET plus "
                + "POST) for a single request ([2000]) were detected. Any parameters beyond this limit have been "
                + "ignored. To change this limit, set the maxParameterCount attribute on the Connector.");
        assertThat(Limit.of(failure)).isEqualTo(Limit.FIELDS);
        assertThat(limits.describe(Limit.FIELDS, ZH)).isEqualTo("提交的内容过多（超过 2000 项），请减少后分几次提交。");
    }

    @Test
    void tooMuchText() {
        var urlEncoded = new InvalidParameterException("Parameters were not parsed because the size of the posted "
                + "data was too big. Use the maxPostSize attribute of the connector to resolve this if the "
                + "application should accept large POSTs.", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        var multipart = new IllegalStateException("The multi-part request contained parameter data (excluding "
                + "uploaded files) that exceeded the limit for maxPostSize set on the associated connector");
        assertThat(Limit.of(urlEncoded)).isEqualTo(Limit.FORM_SIZE);
        assertThat(Limit.of(multipart)).isEqualTo(Limit.FORM_SIZE);
        assertThat(limits.describe(Limit.FORM_SIZE, ZH)).isEqualTo("填写的文字过多：一次提交的文字不能超过 512 KB。");
        assertThat(limits.describe(Limit.FORM_SIZE, EN)).isEqualTo("Too much text was sent: at most 512 KB at once.");
    }

    @Test
    void anythingElseIsUnreadableNotALimit() {
        var cut = new InvalidParameterException(new IOException("Stream ended unexpectedly"));
        assertThat(Limit.of(cut)).isEqualTo(Limit.UNREADABLE);
        assertThat(Limit.UNREADABLE.status().value()).isEqualTo(400);
        assertThat(limits.describe(Limit.UNREADABLE, ZH)).isEqualTo("提交的内容无法读取，请返回后重试。");
    }

    @Test
    void thePartsAreHeldToTheLowerOfTheTwoCountsAndANegativeFigureIsNoLimit() {
        assertThat(limits.maxParts()).isEqualTo(500);
        assertThat(new RequestLimits(TestMessages.source(), DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), 500, 300,
                DataSize.ofMegabytes(2)).maxParts()).isEqualTo(300);
        assertThat(new RequestLimits(TestMessages.source(), DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), -1, 300,
                DataSize.ofMegabytes(2)).maxParts()).isEqualTo(300);
        assertThat(new RequestLimits(TestMessages.source(), DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), 50, -1,
                DataSize.ofMegabytes(2)).maxParts()).isEqualTo(50);
    }

    @Test
    void theRefusedPageReadsOnlyTheAddresssLanguage() {
        assertThat(RequestLimitFilter.Refused.lang("a=1&lang=en")).isEqualTo("en");
        assertThat(RequestLimitFilter.Refused.lang("lang=zh-CN")).isEqualTo("zh-CN");
        assertThat(RequestLimitFilter.Refused.lang("lang=%3Cscript%3E")).isNull();
        assertThat(RequestLimitFilter.Refused.lang("lang=%zz")).isNull();
        assertThat(RequestLimitFilter.Refused.lang(null)).isNull();
        assertThat(RequestLimitFilter.Refused.lang("a=1&".repeat(200) + "lang=en")).as("past the first 100 pairs")
                .isNull();
    }
}
