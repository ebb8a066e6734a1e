package cn.helituan.domain.station;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The check-ins; a photo's bytes are written and read apart from the record. */
public interface CheckIns {

    Optional<CheckIn> findById(Long id);

    <S extends CheckIn> S save(S checkIn);

    boolean existsByMemberIdAndDay(Long memberId, LocalDate day);

    boolean existsByPhotoHash(String photoHash);

    /** The member's check-ins between the days (both included), latest first. */
    List<CheckIn> ofMember(Long memberId, LocalDate from, LocalDate to);

    /** The village's check-ins between the days (both included), latest first, with their members. */
    Page<CheckIn> ofObject(Long objectId, LocalDate from, LocalDate to, Pageable pageable);

    /**
     * The check-ins of a day, by village and time, with their members and villages: every village's ({@code
     * prefix} null) or those of the villages paired on {@code pairedOn} with a group under the prefix (the register's
     * scope). The dashboard's "check-ins of the day" is its count.
     */
    Page<CheckIn> ofDay(String prefix, LocalDate pairedOn, LocalDate day, Pageable pageable);

    /**
     * Stores the image of a check-in just saved (in the caller's transaction), its thumbnail drawn at the next
     * {@code thumbnailAt} of the deployment's day (null: at once).
     */
    void writeBytes(long checkInId, byte[] content, byte[] thumbnail, LocalTime thumbnailAt);

    byte[] bytes(long checkInId, boolean thumbnail);
}
