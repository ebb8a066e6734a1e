package cn.helituan.web.common;

import cn.helituan.domain.common.Scope;
import java.util.Locale;

/** Queues an export as a background job (implemented by {@code web/export/ExportJobs}); the job's id. */
public interface LargeExports {

    long queue(Scope scope, String source, String queryString, long rows, Locale locale);
}
