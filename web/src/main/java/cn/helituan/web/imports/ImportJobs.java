package cn.helituan.web.imports;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.imports.ImportProgress;
import cn.helituan.domain.imports.ImportRecord;
import cn.helituan.domain.imports.ImportService;
import cn.helituan.domain.imports.ImportStatus;
import cn.helituan.domain.job.BackgroundJob;
import cn.helituan.domain.job.BackgroundJobService;
import cn.helituan.domain.job.BackgroundWork;
import cn.helituan.domain.job.JobContext;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An import's check and confirmation as background jobs: the upload keeps the file and queues the check, the
 * confirm button queues the import; db-scheduler runs either on one instance, as the person who asked (their scope
 * read again from their account), reading the kept file, the pass's rows reported as the job's progress. The pass is
 * one transaction as before (the confirm's one-time form key claimed inside it), so a job that dies wrote nothing.
 */
@Component
class ImportJobs implements BackgroundWork {

    static final String CHECK = "import-check";
    static final String CONFIRM = "import-confirm";
    /** The subject type of an import's jobs: one waits or runs per record at a time. */
    static final String SUBJECT = "import";

    private final ImportService imports;
    private final ImportFiles files;
    private final AccountService accounts;

    ImportJobs(ImportService imports, ImportFiles files, AccountService accounts) {
        this.imports = imports;
        this.files = files;
        this.accounts = accounts;
    }

    /** The check of a kept file, as a job on the record. */
    static BackgroundJobService.Submission check(long id) {
        return BackgroundJobService.Submission.on(CHECK, SUBJECT, id, "");
    }

    /** The import of a checked file under the confirm form's one-time key, as a job on the record. */
    static BackgroundJobService.Submission confirm(long id, long version, UUID formKey) {
        String params = "version=" + version + (formKey == null ? "" : "&formKey=" + formKey);
        return BackgroundJobService.Submission.on(CONFIRM, SUBJECT, id, params);
    }

    @Override
    public List<String> kinds() {
        return List.of(CHECK, CONFIRM);
    }

    @Override
    public JobEnd run(BackgroundJob job, JobContext context) {
        Scope scope = accounts.scopeOf(job.getStartedBy()).orElse(null);
        if (scope == null) {
            return JobEnd.failed("job.noAccount");
        }
        // the pass writes history and audit columns as the person who asked, as it did inside their request
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(job.getStartedBy(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + scope.role().name()))));
        SecurityContextHolder.setContext(signedIn);
        try {
            return run(job, context, scope);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private JobEnd run(BackgroundJob job, JobContext context, Scope scope) {
        long id = job.getSubject();
        ImportProgress progress = context::progress;
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("?" + job.getParams()).build()
                .getQueryParams();
        try {
            ImportRecord kept = imports.get(scope, id);
            if (CHECK.equals(job.getKind())) {
                files.withFile(scope, id, path -> imports.check(scope, id, estimated(path, kept, context),
                        files.labels(), progress));
                return JobEnd.done("import.job.checked");
            }
            long version = Long.parseLong(params.getFirst("version"));
            String key = params.getFirst("formKey");
            ImportRecord record = files.withFile(scope, id, path -> imports.confirm(scope, id, version,
                    estimated(path, kept, context), files.labels(), key == null ? null : UUID.fromString(key),
                    progress));
            return record.getStatus() == ImportStatus.IMPORTED ? JobEnd.done("import.done")
                    : JobEnd.failed("import.confirm.problems");
        } catch (RuleViolation refused) {
            return JobEnd.failed(refused.messageKey());
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            return JobEnd.failed("concurrent.edit");
        } catch (NotFoundException gone) {
            return JobEnd.failed("job.failed");
        }
    }

    /** The kept file as the pass reads it; its estimated rows shown at once (the pass may wait for another). */
    private FileImportSource estimated(java.nio.file.Path path, ImportRecord kept, JobContext context) {
        FileImportSource source = files.source(path, kept.getFileName(), kept.getChosenKind());
        context.progress(0, source.estimatedRows());
        return source;
    }
}
