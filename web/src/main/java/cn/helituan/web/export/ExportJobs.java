package cn.helituan.web.export;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.job.BackgroundJob;
import cn.helituan.domain.job.BackgroundJobService;
import cn.helituan.domain.job.BackgroundWork;
import cn.helituan.domain.job.JobContext;
import cn.helituan.web.common.ExportSource;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.LargeExports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Large list exports as background jobs (kind {@value #KIND}): the list's export counts first and, above the
 * threshold, queues one here with the list's name, the reader's language and the address's filters; the job reads
 * the user's scope again from their account, lets the list's {@link ExportSource} write every row, counts them as
 * its progress, and keeps the workbook with the job for its owner to download. The workbook is written as the rows
 * come by {@link XlsxStream} (the same cells as the export sent at once, without POI's objects per cell).
 */
@Component
class ExportJobs implements BackgroundWork, LargeExports {

    static final String KIND = "export";

    private final Map<String, ExportSource> sources = new HashMap<>();
    private final AccountService accounts;
    private final Exports exports;
    private final MessageSource messages;
    private final ObjectProvider<BackgroundJobService> jobs;

    ExportJobs(List<ExportSource> sources, AccountService accounts, Exports exports, MessageSource messages,
               ObjectProvider<BackgroundJobService> jobs) {
        sources.forEach(source -> this.sources.put(source.name(), source));
        this.accounts = accounts;
        this.exports = exports;
        this.messages = messages;
        this.jobs = jobs;
    }

    @Override
    public long queue(Scope scope, String source, String queryString, long rows, Locale locale) {
        if (!sources.containsKey(source)) {
            throw new IllegalArgumentException("no export source " + source);
        }
        String params = UriComponentsBuilder.newInstance().queryParam("source", source)
                .queryParam("lang", locale.toLanguageTag()).build().getQuery()
                + (queryString == null || queryString.isBlank() ? "" : "&" + queryString);
        return jobs.getObject().submit(scope, BackgroundJobService.Submission.personal(KIND, params, rows)).getId();
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public JobEnd run(BackgroundJob job, JobContext context) {
        Scope scope = accounts.scopeOf(job.getStartedBy()).orElse(null);
        if (scope == null) {
            return JobEnd.failed("job.noAccount");
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(UriComponentsBuilder
                .fromUriString("?" + job.getParams()).build(false).getQueryParams());
        decode(params);
        ExportSource source = sources.get(params.getFirst("source"));
        Locale locale = Locale.forLanguageTag(params.getFirst("lang"));
        long total = job.getTotal();
        Path file;
        try {
            file = Files.createTempFile("helituan-export-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            try (XlsxStream out = new XlsxStream(Files.newOutputStream(file),
                    messages.getMessage(source.titleKey(), null, locale),
                    source.headerKeys().stream().map(key -> messages.getMessage(key, null, locale)).toList())) {
                Progress progress = new Progress(context, total);
                source.write(scope, params, locale, out::row, progress);
                progress.last();
            }
            context.keep(exports.fileName(source.titleKey(), locale), file);
            return JobEnd.done("export.job.ready");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // removed with the temporary directory
            }
        }
    }

    /**
     * The rows written so far, handed to the job once a second: the job writes its progress in a transaction of its
     * own every 500 rows, which at 15,000 rows a second was 30 commits a second beside the export's read (on the
     * loaded bench host about a tenth of the export's time); the page polls once a second anyway. The last count is
     * told at the end ({@link #last}): the job settles on the most it was told when it ends.
     */
    private static final class Progress implements LongConsumer {

        private static final long EVERY = TimeUnit.SECONDS.toNanos(1);

        private final JobContext context;
        private final long total;
        private long reported = System.nanoTime() - EVERY;
        private long done;

        Progress(JobContext context, long total) {
            this.context = context;
            this.total = total;
        }

        @Override
        public void accept(long done) {
            this.done = done;
            long now = System.nanoTime();
            if (now - reported >= EVERY) {
                context.progress(done, Math.max(total, done));
                reported = now;
            }
        }

        void last() {
            if (done > 0) {
                context.progress(done, Math.max(total, done));
            }
        }
    }

    private static void decode(MultiValueMap<String, String> params) {
        params.replaceAll((key, values) -> values.stream()
                .map(v -> v == null ? null : java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8))
                .toList());
    }
}
