package cn.helituan.web.common;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The limits Tomcat puts on what one request may carry, read from the configuration that sets them, and what a user
 * reads when one is passed (the page of {@link RequestLimitFilter}, the layout's {@code limits.js}, which checks a
 * form against the same figures before it is sent). A negative figure is no limit.
 *
 * <ul>
 *   <li>{@code spring.servlet.multipart.max-file-size}: one file of a multipart form;</li>
 *   <li>{@code spring.servlet.multipart.max-request-size}: a whole multipart form;</li>
 *   <li>{@code server.tomcat.max-part-count}: the parts of a multipart form (each field, each file);</li>
 *   <li>{@code server.tomcat.max-parameter-count}: the parameters of any request (address and form together);</li>
 *   <li>{@code server.tomcat.max-http-form-post-size}: the text of a form (a multipart form's fields but not its
 *   files).</li>
 * </ul>
 */
@Component("requestLimits")
public final class RequestLimits {

    /** Which limit a refused request passed; each with its answer's status and its message. */
    public enum Limit {
        /** One file over {@code max-file-size}. */
        FILE_SIZE(HttpStatus.CONTENT_TOO_LARGE, "limit.fileSize"),
        /** A multipart form over {@code max-request-size}. */
        REQUEST_SIZE(HttpStatus.CONTENT_TOO_LARGE, "limit.requestSize"),
        /** More parts than {@code max-part-count} (or than the parameters left). */
        PARTS(HttpStatus.CONTENT_TOO_LARGE, "limit.fields"),
        /** More parameters than {@code max-parameter-count}. */
        FIELDS(HttpStatus.CONTENT_TOO_LARGE, "limit.fields"),
        /** A form's text over {@code max-http-form-post-size}. */
        FORM_SIZE(HttpStatus.CONTENT_TOO_LARGE, "limit.formSize"),
        /** A body that could not be read as a form at all (a broken encoding, a cut multipart body). */
        UNREADABLE(HttpStatus.BAD_REQUEST, "limit.unreadable");

        private static final String FILEUPLOAD = "org.apache.tomcat.util.http.fileupload.impl.";

        private final HttpStatus status;
        private final String messageKey;

        Limit(HttpStatus status, String messageKey) {
            this.status = status;
            this.messageKey = messageKey;
        }

        public HttpStatus status() {
            return status;
        }

        /**
         * What Tomcat's refusal says, read from the exception {@code getParameter} threw (Tomcat 11: an
         * {@code InvalidParameterException}, an {@code IllegalStateException}) or one wrapping it (Spring's
         * {@code MaxUploadSizeExceededException}): the fileupload exception it was caused by names a size or the part
         * count; the parameter count and the form's size are told by Tomcat's own message, which names the
         * connector's attribute ({@code maxParameterCount}, {@code maxPostSize}; the embedded Tomcat has its messages
         * in English only). By class name: the web module does not depend on Tomcat.
         */
        public static Limit of(Throwable failure) {
            for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
                for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
                    switch (type.getName()) {
                        case FILEUPLOAD + "FileSizeLimitExceededException":
                            return FILE_SIZE;
                        case FILEUPLOAD + "SizeLimitExceededException":
                            return REQUEST_SIZE;
                        case FILEUPLOAD + "FileCountLimitExceededException":
                            return PARTS;
                        default:
                            break;
                    }
                }
            }
            for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
                String message = e.getMessage() == null ? "" : e.getMessage();
                if (message.contains("maxParameterCount")) {
                    return FIELDS;
                }
                if (message.contains("maxPostSize")) {
                    return FORM_SIZE;
                }
            }
            return UNREADABLE;
        }
    }

    private static final long MEGABYTE = DataSize.ofMegabytes(1).toBytes();
    private static final long KILOBYTE = DataSize.ofKilobytes(1).toBytes();

    private final MessageSource messages;
    private final long maxFileBytes;
    private final long maxRequestBytes;
    private final int maxPartCount;
    private final int maxParameterCount;
    private final long maxFormBytes;

    RequestLimits(MessageSource messages,
                  @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
                  @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
                  @Value("${server.tomcat.max-part-count:50}") int maxPartCount,
                  @Value("${server.tomcat.max-parameter-count:1000}") int maxParameterCount,
                  @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
        this.messages = messages;
        this.maxFileBytes = maxFileSize.toBytes();
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxPartCount = maxPartCount;
        this.maxParameterCount = maxParameterCount;
        this.maxFormBytes = maxFormSize.toBytes();
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** The parameters a request may carry, address and form together. */
    public int maxFields() {
        return maxParameterCount;
    }

    /** The parts a multipart form may have: Tomcat holds it to the part count and to the parameter count. */
    public int maxParts() {
        if (maxPartCount < 0) {
            return maxParameterCount;
        }
        return maxParameterCount < 0 ? maxPartCount : Math.min(maxPartCount, maxParameterCount);
    }

    public long maxFormBytes() {
        return maxFormBytes;
    }

    /** What the user reads for a limit passed: which limit, with its figure ("提交的内容过多（超过 2000 项）…"). */
    public String describe(Limit limit, Locale locale) {
        // figures as text: MessageFormat would group a number ("2,000")
        String figure = switch (limit) {
            case FILE_SIZE -> megabytes(maxFileBytes);
            case REQUEST_SIZE -> megabytes(maxRequestBytes);
            case PARTS -> Integer.toString(maxParts());
            case FIELDS -> Integer.toString(maxParameterCount);
            case FORM_SIZE -> size(maxFormBytes);
            case UNREADABLE -> "";
        };
        return messages.getMessage(limit.messageKey, new Object[] {figure}, locale);
    }

    /** The messages {@code limits.js} shows on a form, the same as the page's. */
    public String fileMessage(Locale locale) {
        return describe(Limit.FILE_SIZE, locale);
    }

    public String requestMessage(Locale locale) {
        return describe(Limit.REQUEST_SIZE, locale);
    }

    public String partsMessage(Locale locale) {
        return describe(Limit.PARTS, locale);
    }

    public String fieldsMessage(Locale locale) {
        return describe(Limit.FIELDS, locale);
    }

    public String formMessage(Locale locale) {
        return describe(Limit.FORM_SIZE, locale);
    }

    /** Whole megabytes as a plain figure ("200"), without grouping: the messages put it in as text. */
    private static String megabytes(long bytes) {
        return Long.toString(Math.max(1, bytes / MEGABYTE));
    }

    /** "2 MB", or "512 KB" for a figure that is not whole megabytes. */
    private static String size(long bytes) {
        return bytes >= MEGABYTE && bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB"
                : Math.max(1, bytes / KILOBYTE) + " KB";
    }
}
