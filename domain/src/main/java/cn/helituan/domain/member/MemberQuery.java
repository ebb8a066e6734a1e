package cn.helituan.domain.member;

import java.time.LocalDate;

/**
 * The filters of the member list; every one is optional. {@code text} matches name, mobile, specialty and post.
 * {@code on}: the roster of that day — those with a membership in the scope running that day (joined on or before
 * it, not left by it), archived since or not (a past period's dashboard); null: the roster as it is.
 */
public record MemberQuery(String text, Long unitId, Long workUnitId, MemberType type, Boolean partyMember,
                          boolean includeArchived, LocalDate on) {

    public MemberQuery(String text, Long unitId, Long workUnitId, MemberType type, Boolean partyMember,
                       boolean includeArchived) {
        this(text, unitId, workUnitId, type, partyMember, includeArchived, null);
    }

    public static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, false);
    }

    /** Everyone in the scope on the day. */
    public static MemberQuery on(LocalDate day) {
        return new MemberQuery(null, null, null, null, null, false, day);
    }
}
