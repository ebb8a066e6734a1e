package cn.helituan.domain.member;

/** A member as the list shows it. {@code units} is filled from the page's memberships afterwards. */
public record MemberRow(Long id, String name, Gender gender, String workUnit, String post, String rank,
                        String specialty, String mobile, boolean partyMember, MemberType type, boolean archived,
                        String units) {

    public MemberRow withUnits(String units) {
        return new MemberRow(id, name, gender, workUnit, post, rank, specialty, mobile, partyMember, type, archived,
                units);
    }
}
