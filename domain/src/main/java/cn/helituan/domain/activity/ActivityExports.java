package cn.helituan.domain.activity;

import cn.helituan.domain.common.Scope;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity list's export, small or large: every activity the list's filters find in the reader's scope (the
 * list's own filter, {@link ActivityAccess#filter}, so the export has the list's rows and count), streamed as
 * {@link ActivityExportLine}s in one read-only statement.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityExports {

    private final ActivityAccess access;
    private final ActivityExportRows rows;
    private final ActivityTypes types;

    /**
     * Hands every line to {@code lines}, in list order, inside one read-only transaction (a million rows: about a
     * minute; the statement holds its snapshot that long, and nothing of it stays in memory).
     */
    @Transactional(readOnly = true)
    public void each(Scope scope, ActivityQuery query, Consumer<ActivityExportLine> lines) {
        ActivityFilter filter = access.filter(scope, query);
        Map<Long, ActivityType> byId = new HashMap<>();
        types.findAllByOrderByArchivedAscSortOrderAscIdAsc().forEach(type -> byId.put(type.getId(), type));
        rows.each(filter, !scope.canReadRoster() ? ActivityExportRows.Members.NAMES
                : cn.helituan.domain.common.PersonalData.wholeNumbers(scope) ? ActivityExportRows.Members.WHOLE
                : ActivityExportRows.Members.STARRED, byId, lines);
    }
}
