package cn.helituan.domain.station;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The major-matter reports. */
public interface MajorMatters {

    Optional<MajorMatter> findById(Long id);

    <S extends MajorMatter> S save(S matter);

    /**
     * The reports a page at a time, latest first, scoped as {@link Absences#search}; {@code open} true: only those
     * not acknowledged, false: only those acknowledged, null: any; {@code reportedBefore} non-null: only those
     * reported before it (the overdue ones, with {@code open}).
     */
    Page<MajorMatter> search(String prefix, LocalDate day, Long memberId, Boolean open, Instant reportedBefore,
                             Pageable pageable);

    /** How many reports {@link #search} finds, without reading them. */
    long count(String prefix, LocalDate day, Long memberId, Boolean open, Instant reportedBefore);
}
