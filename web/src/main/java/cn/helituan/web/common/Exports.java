package cn.helituan.web.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import cn.helituan.domain.common.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What every list's "导出 Excel" does: read the list's own search page by page (so scope and filters are the
 * page's), write each record as a row under translated headers, send the workbook named after the list. The export
 * controllers say only which search, which headers and which cells.
 */
@Component
public class Exports {

    private final MessageSource messages;
    private final ObjectProvider<LargeExports> large;
    private final long backgroundAbove;

    Exports(MessageSource messages, ObjectProvider<LargeExports> large,
            @Value("${helituan.export.background-above:20000}") long backgroundAbove) {
        this.messages = messages;
        this.large = large;
        this.backgroundAbove = backgroundAbove;
    }

    /** Exports of more rows than this run in the background (a job with progress, then a download). */
    public long backgroundAbove() {
        return backgroundAbove;
    }

    /**
     * Counts first: an export of more than {@link #backgroundAbove()} rows is queued as a background job of the
     * user's (the list's filters kept from the address, the {@link ExportSource} named {@code source} writes it) and
     * the user is sent to its page, which shows the progress and then the download; true then, and the caller
     * sends nothing. False: small enough to send at once.
     */
    public boolean queued(Scope scope, String source, LongSupplier count, HttpServletRequest request,
                          HttpServletResponse response, Locale locale) throws IOException {
        LargeExports queue = large.getIfAvailable();
        if (queue == null) {
            return false;
        }
        long rows = count.getAsLong();
        if (rows <= backgroundAbove) {
            return false;
        }
        long id = queue.queue(scope, source, request.getQueryString(), rows, locale);
        response.sendRedirect(request.getContextPath() + "/exports/" + id);
        return true;
    }

    /** Writes the rows {@code write} gives under the translated headers to {@code out} (a background export). */
    public void write(String titleKey, List<String> headerKeys, Locale locale,
                      java.util.function.Consumer<java.util.function.Consumer<Object[]>> write, OutputStream out)
            throws IOException {
        String title = messages.getMessage(titleKey, null, locale);
        try (XlsxExport export = new XlsxExport(title, headerKeys.stream()
                .map(key -> messages.getMessage(key, null, locale)).toList())) {
            write.accept(export::row);
            export.write(out);
        }
    }

    /** The file name of a list's export: its title. */
    public String fileName(String titleKey, Locale locale) {
        return messages.getMessage(titleKey, null, locale) + ".xlsx";
    }

    /**
     * Streams every record {@code read} gives, {@code chunk} at a time, as rows of {@code cells}, under the headers
     * named by their message keys, into a download named by {@code titleKey}.
     */
    public <T> void send(HttpServletResponse response, Locale locale, String titleKey, List<String> headerKeys,
                         int chunk, Function<Pageable, Page<T>> read, Function<T, Object[]> cells) throws IOException {
        sendRows(response, locale, titleKey, headerKeys, chunk, read,
                records -> records.stream().map(cells).toList());
    }

    /**
     * As {@link #send}, for records that make several rows (a member in two groups): {@code rows} gets each chunk
     * whole, so what it looks up for the chunk is one query.
     */
    public <T> void sendRows(HttpServletResponse response, Locale locale, String titleKey, List<String> headerKeys,
                             int chunk, Function<Pageable, Page<T>> read, Function<List<T>, List<Object[]>> rows)
            throws IOException {
        String title = messages.getMessage(titleKey, null, locale);
        try (XlsxExport export = new XlsxExport(title, headerKeys.stream()
                .map(key -> messages.getMessage(key, null, locale)).toList())) {
            Page<T> page = read.apply(PageRequest.of(0, chunk));
            while (true) {
                rows.apply(page.getContent()).forEach(export::row);
                if (!page.hasNext()) {
                    break;
                }
                page = read.apply(page.nextPageable());
            }
            export.send(response, title + ".xlsx");
        }
    }

    /** An enum value in words, as its message key "<Type>.<VALUE>" gives it. */
    public String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return null;
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, key, locale);
    }

    /** Several values in words, joined with "、" as people write them; nothing for none. */
    public String labels(Collection<? extends Enum<?>> values, Locale locale) {
        return values.isEmpty() ? null : values.stream().map(v -> label(v, locale)).collect(Collectors.joining("、"));
    }

    public String yesNo(boolean yes, Locale locale) {
        return messages.getMessage(yes ? "export.yes" : "export.no", null, locale);
    }
}
