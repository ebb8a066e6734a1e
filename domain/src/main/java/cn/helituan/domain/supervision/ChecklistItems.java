package cn.helituan.domain.supervision;

import java.util.List;
import java.util.Optional;

/** The items of the checklist versions. */
public interface ChecklistItems {

    Optional<ChecklistItem> findById(Long id);

    <S extends ChecklistItem> S save(S item);

    List<ChecklistItem> findByChecklistIdOrderByPosition(Long checklistId);
}
