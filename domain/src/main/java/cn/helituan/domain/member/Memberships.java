package cn.helituan.domain.member;

import cn.helituan.domain.common.RuleViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface Memberships {

    Optional<Membership> findById(Long id);

    <S extends Membership> S save(S membership);

    /** A member's memberships, current first, with their units. */
    List<Membership> ofMember(Long memberId);

    /** The open memberships of a unit, leaders first, with their members and work units. */
    List<Membership> activeInUnit(Long unitId);

    /** A group's current members, each once: those an activity or a plan task may name (the one place of the rule). */
    default List<Member> currentMembersOf(Long groupId) {
        return activeInUnit(groupId).stream().map(Membership::getMember).distinct().toList();
    }

    /**
     * The chosen members, each once in the order chosen, when every one is a current member of the group; else a
     * {@link RuleViolation} on {@code field} with {@code messageKey}.
     */
    default List<Member> requireCurrentMembers(Long groupId, List<Long> memberIds, String field, String messageKey) {
        Map<Long, Member> current = new LinkedHashMap<>();
        if (memberIds != null && !memberIds.isEmpty()) {
            currentMembersAmong(groupId, memberIds).forEach(m -> current.put(m.getId(), m));
        }
        List<Member> chosen = new ArrayList<>();
        for (Long id : memberIds == null ? List.<Long>of() : memberIds) {
            Member member = current.get(id);
            if (member == null) {
                throw new RuleViolation(field, messageKey);
            }
            if (!chosen.contains(member)) {
                chosen.add(member);
            }
        }
        return chosen;
    }

    /** How many members the group has now (each once). */
    long countCurrentMembers(Long groupId);

    /** Those of the given members who are current members of the group, each once, by name. */
    List<Member> currentMembersAmong(Long groupId, Collection<Long> memberIds);

    /**
     * The group's current members whose name or mobile contains the text (each once, by name), at most a page of
     * them: what a large group's activity form offers as its user types.
     */
    List<Member> currentMembersMatching(Long groupId, String text, org.springframework.data.domain.Pageable page);

    /** The units inside the path prefix the given members are open in, by path (one query for a page of the list). */
    List<MemberUnit> activeUnitsOf(Collection<Long> memberIds, String pathPrefix);

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
