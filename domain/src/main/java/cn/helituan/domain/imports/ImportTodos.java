package cn.helituan.domain.imports;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * An org admin's imports checked and waiting for confirmation (确认导入 is on the import's page): one item per import
 * of their scope, the oldest 20 (two statements: the count and those rows; the import list holds few rows). A
 * sub-team leader's likewise: the stationing registers they uploaded (their records carry their sub-team's path).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportTodos implements TodoSource {

    private final ImportRecords records;

    /** Kept until one of the imports checked and waiting (import_record) changes (V93). */
    @Override
    public String stamp() {
        return "imports";
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (!scope.canImport()) {
            return List.of();
        }
        String prefix = scope.pathFilter();
        if (records.countByStatusAndScopePathStartingWith(ImportStatus.CHECKED, prefix) == 0) {
            return List.of();
        }
        return records.findTop20ByStatusAndScopePathStartingWithOrderByCreatedAtAscIdAsc(ImportStatus.CHECKED, prefix)
                .stream().map(r -> TodoItem.of("importWaiting", 1, null, "/imports/" + r.getId(), r.getFileName()))
                .toList();
    }
}
