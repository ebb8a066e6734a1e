package cn.helituan.persistence.station;

import cn.helituan.domain.station.MajorMatter;
import cn.helituan.domain.station.MajorMatters;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMajorMatters extends JpaRepository<MajorMatter, Long>, MajorMatters {

    @Override
    default Page<MajorMatter> search(String prefix, LocalDate day, Long memberId, Boolean open, Instant reportedBefore,
                                     Pageable pageable) {
        // no null parameters: PostgreSQL cannot type an untyped null in "? is null" (it arrives as bytea)
        return searchPage(prefix == null, prefix == null ? "" : prefix, day, memberId == null,
                memberId == null ? -1L : memberId, open == null ? 0 : open ? 1 : 2, reportedBefore == null,
                reportedBefore == null ? Instant.EPOCH : reportedBefore, pageable);
    }

    /** The search's condition, shared by its page, the page's count and {@link #count}. */
    String WHERE = """
             where (:everywhere = true or exists (select r from Relationship r join r.group g
                                                 where r.object = o and g.path like concat(:prefix, '%')
                                                   and r.startsOn <= :day and r.endsOn >= :day
                                                   and (r.endedOn is null or r.endedOn >= :day)))
              and (:anyMember = true or m.id = :memberId)
              and (:state = 0 or (:state = 1 and a.acknowledgedAt is null)
                   or (:state = 2 and a.acknowledgedAt is not null))
              and (:anyTime = true or a.reportedAt < :before)""";

    String COUNT = "select count(a) from MajorMatter a join a.member m join a.object o " + WHERE;

    @Query(value = "select a from MajorMatter a join fetch a.member m join fetch a.object o " + WHERE
            + " order by a.reportedAt desc, a.id desc", countQuery = COUNT)
    Page<MajorMatter> searchPage(@Param("everywhere") boolean everywhere, @Param("prefix") String prefix,
                                 @Param("day") LocalDate day, @Param("anyMember") boolean anyMember,
                                 @Param("memberId") long memberId, @Param("state") int state,
                                 @Param("anyTime") boolean anyTime, @Param("before") Instant before,
                                 Pageable pageable);

    @Override
    default long count(String prefix, LocalDate day, Long memberId, Boolean open, Instant reportedBefore) {
        return countAll(prefix == null, prefix == null ? "" : prefix, day, memberId == null,
                memberId == null ? -1L : memberId, open == null ? 0 : open ? 1 : 2, reportedBefore == null,
                reportedBefore == null ? Instant.EPOCH : reportedBefore);
    }

    @Query(COUNT)
    long countAll(@Param("everywhere") boolean everywhere, @Param("prefix") String prefix,
                  @Param("day") LocalDate day, @Param("anyMember") boolean anyMember,
                  @Param("memberId") long memberId, @Param("state") int state,
                  @Param("anyTime") boolean anyTime, @Param("before") Instant before);
}
