package cn.helituan.domain.activity;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The activity log's store. The lists fetch each page's group and type with it (no query per row). */
public interface Activities {

    Optional<Activity> findById(Long id);

    <S extends Activity> S save(S activity);

    /**
     * The activities of the groups inside the prefix, in the period, of the type and status (null: any), latest
     * first.
     */
    Page<Activity> inPath(String pathPrefix, LocalDate from, LocalDate to, Long typeId, ActivityStatus status,
                          Pageable pageable);

    /** The totals of what {@link #inPath} finds (withdrawn activities left out), in one statement. */
    ActivityTotals totalsInPath(String pathPrefix, LocalDate from, LocalDate to, Long typeId, ActivityStatus status);

    /** The totals of what {@link #ofObject} finds (withdrawn activities left out), in one statement. */
    ActivityTotals totalsOfObject(Long objectId, LocalDate from, LocalDate to, Long typeId, ActivityStatus status);

    /** The activities a member took part in, of groups inside the prefix, latest first. */
    Page<Activity> ofMember(Long memberId, String pathPrefix, Pageable pageable);

    /** The activities that cover the object, in the period, of the type and status (null: any), latest first. */
    Page<Activity> ofObject(Long objectId, LocalDate from, LocalDate to, Long typeId, ActivityStatus status,
                            Pageable pageable);
}
