package cn.helituan.persistence.casebook;

import cn.helituan.domain.casebook.CaseStatus;
import cn.helituan.domain.casebook.CaseStudies;
import cn.helituan.domain.casebook.CaseStudy;
import cn.helituan.domain.common.NamePattern;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaCaseStudies extends JpaRepository<CaseStudy, Long>, CaseStudies {

    /** The search's filters (null = any), after {@link #WHERE} or {@link #EVERY}. */
    String FILTERS = """
              and (cast(:status as varchar) is null or c.status = cast(:status as varchar))
              and (cast(:theme as varchar) is null or c.theme = cast(:theme as varchar))
              and (cast(:townId as bigint) is null or c.town_id = cast(:townId as bigint))
              and (cast(:objectKind as varchar) is null or c.object_kind = cast(:objectKind as varchar))
              and (cast(:year as integer) is null or c.year = cast(:year as integer))
              and (cast(:publishedFrom as date) is null
                   or c.published_at >= cast(cast(:publishedFrom as date) as timestamp) at time zone cast(:zone as varchar))
              and (cast(:publishedTo as date) is null
                   or c.published_at < cast(cast(:publishedTo as date) + 1 as timestamp) at time zone cast(:zone as varchar))""";

    /** The text on the generated search_text column (its trigram index), so a native statement. */
    String WHERE = """
            from case_study c left join unit u on u.id = c.unit_id
            where (c.status = 'PUBLISHED' or (cast(:drafts as varchar) is not null
                   and ((c.unit_id is null and cast(:drafts as varchar) = '')
                        or u.path like cast(:drafts as varchar) || '%')))
            """ + FILTERS;

    /**
     * Every case, the org admin's (drafts of the whole deployment, {@code drafts = ""}): no visibility condition, so
     * that the page walks the (year, id) index (V95) and the count reads no unit — under a generic plan the condition
     * above, always true for them, was checked on every case.
     */
    String EVERY = """
            from case_study c
            where cast(:drafts as varchar) = ''
            """ + FILTERS;

    /**
     * A text search is its own statement, the text a plain condition: as {@code (:text is null or … ilike :text)} a
     * prepared statement's generic plan (after five runs, most of them lists without text) cannot use the trigram
     * index and reads every case. The column is lower-cased (V80) and compared with LIKE: ILIKE would lower-case every
     * candidate's whole text again, several times the cost of the comparison on Chinese text (docs/performance.md).
     */
    String TEXT = " and c.search_text like lower(cast(:text as varchar))";

    /**
     * A word of two characters: its pair among the case's bigrams (V94, a GIN index) — exactly the cases whose text
     * contains it, which the trigram index cannot answer under three characters.
     */
    String PAIR = " and c.search_bigrams @> array[lower(cast(:pair as varchar))]";

    @Override
    default Page<CaseStudy> search(String drafts, CaseStatus status, String theme, Long townId, String objectKind,
                                   Integer year, CaseStudies.Published published, String text, Pageable pageable) {
        String s = status == null ? null : status.name();
        LocalDate from = published == null ? null : published.from();
        LocalDate to = published == null ? null : published.to();
        String zone = published == null ? "UTC" : published.zone().getId();
        boolean every = "".equals(drafts);
        if (text == null || text.isBlank()) {
            return every ? findEvery(drafts, s, theme, townId, objectKind, year, from, to, zone, pageable)
                    : find(drafts, s, theme, townId, objectKind, year, from, to, zone, pageable);
        }
        String words = text.strip();
        if (words.codePointCount(0, words.length()) == 2) {
            return every ? findEveryPair(drafts, s, theme, townId, objectKind, year, from, to, zone, words, pageable)
                    : findPair(drafts, s, theme, townId, objectKind, year, from, to, zone, words, pageable);
        }
        String pattern = NamePattern.contains(words);
        return every ? findEveryText(drafts, s, theme, townId, objectKind, year, from, to, zone, pattern, pageable)
                : findText(drafts, s, theme, townId, objectKind, year, from, to, zone, pattern, pageable);
    }

    @Override
    default long count(String drafts, CaseStatus status, CaseStudies.Published published) {
        if (status == CaseStatus.PUBLISHED && published.from() != null && published.to() != null) {
            // every reader sees every published case: the list's condition is the status and the days alone
            return countPublishedBetween(published.from().atStartOfDay(published.zone()).toInstant(),
                    published.to().plusDays(1).atStartOfDay(published.zone()).toInstant());
        }
        return countWhere(drafts, status == null ? null : status.name(), published.from(), published.to(),
                published.zone().getId());
    }

    /**
     * The cases published from {@code from} to before {@code until}: a range of V102's index. The list's condition
     * with every filter but these null cannot use it in a generic plan, and turned every case's publication day from
     * its zone on every call (5.5 ms a dashboard over 5,000 cases, docs/performance.md).
     */
    @Query(value = """
            select count(*) from case_study c
            where c.status = 'PUBLISHED' and c.published_at >= :from and c.published_at < :until""",
            nativeQuery = true)
    long countPublishedBetween(java.time.Instant from, java.time.Instant until);

    /** The list's own condition ({@link #WHERE}) counted alone, no filter but the status and the days. */
    @Query(value = "select count(*) " + WHERE, nativeQuery = true)
    long countWhere(String drafts, String status, String theme, Long townId, String objectKind, Integer year,
                    LocalDate publishedFrom, LocalDate publishedTo, String zone);

    default long countWhere(String drafts, String status, LocalDate from, LocalDate to, String zone) {
        return countWhere(drafts, status, null, null, null, null, from, to, zone);
    }

    @Query(value = "select c.* " + WHERE + " order by c.year desc, c.id desc",
            countQuery = "select count(*) " + WHERE, nativeQuery = true)
    Page<CaseStudy> find(String drafts, String status, String theme, Long townId, String objectKind, Integer year,
                         LocalDate publishedFrom, LocalDate publishedTo, String zone, Pageable pageable);

    @Query(value = "select c.* " + EVERY + " order by c.year desc, c.id desc",
            countQuery = "select count(*) " + EVERY, nativeQuery = true)
    Page<CaseStudy> findEvery(String drafts, String status, String theme, Long townId, String objectKind, Integer year,
                              LocalDate publishedFrom, LocalDate publishedTo, String zone, Pageable pageable);

    @Query(value = "select c.* " + EVERY + PAIR + " order by c.year desc, c.id desc",
            countQuery = "select count(*) " + EVERY + PAIR, nativeQuery = true)
    Page<CaseStudy> findEveryPair(String drafts, String status, String theme, Long townId, String objectKind,
                                  Integer year, LocalDate publishedFrom, LocalDate publishedTo, String zone, String pair,
                                  Pageable pageable);

    @Query(value = "select c.* " + EVERY + TEXT + " order by c.year desc, c.id desc",
            countQuery = "select count(*) " + EVERY + TEXT, nativeQuery = true)
    Page<CaseStudy> findEveryText(String drafts, String status, String theme, Long townId, String objectKind,
                                  Integer year, LocalDate publishedFrom, LocalDate publishedTo, String zone, String text,
                                  Pageable pageable);

    @Query(value = "select c.* " + WHERE + PAIR + " order by c.year desc, c.id desc",
            countQuery = "select count(*) " + WHERE + PAIR, nativeQuery = true)
    Page<CaseStudy> findPair(String drafts, String status, String theme, Long townId, String objectKind, Integer year,
                             LocalDate publishedFrom, LocalDate publishedTo, String zone, String pair,
                             Pageable pageable);

    @Query(value = "select c.* " + WHERE + TEXT + " order by c.year desc, c.id desc",
            countQuery = "select count(*) " + WHERE + TEXT, nativeQuery = true)
    Page<CaseStudy> findText(String drafts, String status, String theme, Long townId, String objectKind, Integer year,
                             LocalDate publishedFrom, LocalDate publishedTo, String zone, String text,
                             Pageable pageable);
}
