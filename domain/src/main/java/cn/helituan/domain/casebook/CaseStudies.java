package cn.helituan.domain.casebook;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface CaseStudies {

    Optional<CaseStudy> findById(Long id);

    <S extends CaseStudy> S save(S study);

    /**
     * The cases a reader finds, newest first: published ones, and — when {@code drafts} is given — the unpublished
     * ones whose unit's path starts with it ("" = all of them); narrowed by the filters (null = any) and by
     * {@code text} (the words typed, found in the title, theme, problem, actions or results whatever their case) and
     * {@code published} (the days of publication, null = any).
     */
    Page<CaseStudy> search(String drafts, CaseStatus status, String theme, Long townId, String objectKind,
                           Integer year, Published published, String text, Pageable pageable);

    /** Published from the first day to the last, both included, as days in the zone. */
    record Published(java.time.LocalDate from, java.time.LocalDate to, java.time.ZoneId zone) {
    }

    /** How many cases the search would list with only a status and publication days: counted, no row read. */
    long count(String drafts, CaseStatus status, Published published);
}
