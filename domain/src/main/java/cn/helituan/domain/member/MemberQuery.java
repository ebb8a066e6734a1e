package cn.helituan.domain.member;

/** The filters of the member list; every one is optional. {@code text} matches name, mobile, specialty and post. */
public record MemberQuery(String text, Long unitId, Long workUnitId, MemberType type, Boolean partyMember,
                          boolean includeArchived) {

    public static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, false);
    }
}
