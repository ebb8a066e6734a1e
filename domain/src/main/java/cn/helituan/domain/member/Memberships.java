package cn.helituan.domain.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Memberships {

    Optional<Membership> findById(Long id);

    <S extends Membership> S save(S membership);

    /** A member's memberships, current first, with their units. */
    List<Membership> ofMember(Long memberId);

    /** The open memberships of a unit, leaders first, with their members and work units. */
    List<Membership> activeInUnit(Long unitId);

    /** The units the given members are open in, by path (one query for a whole page of the member list). */
    List<MemberUnit> activeUnitsOf(Collection<Long> memberIds);

    /** The open memberships of several units, with members and units, by unit and name (one query). */
    List<Membership> activeInUnits(Collection<Long> unitIds);

    boolean existsOpen(Long memberId, Long unitId);

    /** The open memberships of these members in units inside the prefix: unit path of ids, position, joining day. */
    List<MemberPlace> openPlacesOf(Collection<Long> memberIds, String pathPrefix);

    /** The open memberships of these members (an import checks a batch of rows at once). */
    List<Membership> openOf(Collection<Long> memberIds);

    /** Whether the member has (or had) a membership in a unit under the path prefix. */
    boolean memberInPath(Long memberId, String pathPrefix);
}
