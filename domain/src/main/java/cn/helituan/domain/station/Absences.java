package cn.helituan.domain.station;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The requests for days away on duty and leave. */
public interface Absences {

    Optional<Absence> findById(Long id);

    <S extends Absence> S save(S absence);

    /** Whether the member has a request asked or approved (not refused) covering a day between the two. */
    boolean overlapping(Long memberId, LocalDate from, LocalDate to);

    /**
     * The requests a page at a time, latest first: {@code prefix} null and {@code memberId} null, every one; a
     * prefix, those of the villages paired on {@code day} with a group under it (a term in force by its dates);
     * a member, only theirs. {@code status}, {@code kind} null: any.
     */
    Page<Absence> search(String prefix, LocalDate day, Long memberId, AbsenceStatus status, AbsenceKind kind,
                         Pageable pageable);
}
