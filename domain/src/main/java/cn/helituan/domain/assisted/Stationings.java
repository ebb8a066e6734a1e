package cn.helituan.domain.assisted;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface Stationings {

    Optional<Stationing> findById(Long id);

    <S extends Stationing> S save(S stationing);

    /** An object's stationed cadres (first secretaries and work team), current first then latest, with their members. */
    List<Stationing> ofObject(Long objectId);

    /** Whether anyone is stationed there and not ended (the object cannot be archived). */
    boolean existsOpen(Long objectId);

    /** Whether the object has an open stationing in the role (one first secretary, one team leader at a time). */
    boolean existsOpenInRole(Long objectId, StationRole role);

    /** Whether the member has a stationing that is open or ends on or after the day (one at a time). */
    boolean memberStationedFrom(Long memberId, LocalDate day);

    /** The member's stationings in the object from the day (an import row's key: at most one in practice). */
    List<Stationing> findByMemberIdAndObjectIdAndStartsOn(Long memberId, Long objectId, LocalDate startsOn);

    /** The object's stationings from the day (an import row whose mobile is starred). */
    List<Stationing> findByObjectIdAndStartsOn(Long objectId, LocalDate startsOn);

    /** The member's stationings current on the day (at most one), with the object. */
    List<Stationing> currentOfMember(Long memberId, LocalDate day);

    /**
     * The register of stationings (驻村名册), a page at a time, latest start first. {@code prefix} null: every object;
     * otherwise the objects paired on {@code day} with a group under it (a term in force by its dates: a sub-team
     * leader's register holds the records they may open). {@code memberId} non-null: only that member's.
     * {@code name} a lowered LIKE pattern on the member's or the object's name (null: any); {@code open} null: any;
     * {@code on} non-null: only the stationings in force that day (begun, not ended before it).
     */
    Page<Stationing> register(String prefix, LocalDate day, Long memberId, String name, StationRole role,
                              Boolean open, LocalDate on, Pageable pageable);
}
