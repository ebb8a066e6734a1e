package cn.helituan.domain.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The notifications; implemented in the persistence module. Their lines are {@link NotificationLines}. */
public interface MonthlyNotifications {

    <S extends MonthlyNotification> S save(S notification);

    /** With its scope's unit. */
    Optional<MonthlyNotification> findById(Long id);

    /** The live (draft or published) notifications of a scope (null: the whole deployment) for a month. */
    List<MonthlyNotification> live(Long scopeUnitId, LocalDate month);

    /**
     * The notifications the reader sees, latest month first: of scopes inside the reader's path ("" for all) or
     * containing the reader's unit (the ids on its path); drafts only when {@code drafts}.
     */
    Page<MonthlyNotification> visible(String pathPrefix, List<Long> unitsAbove, boolean drafts, Pageable pageable);

    /** Writes the pending changes now (a draft superseded before its successor is inserted). */
    void flush();

    /** The drafts of a scope (null: the whole deployment's), oldest month first: those its managers publish. */
    List<MonthlyNotification> drafts(Long scopeUnitId);
}
