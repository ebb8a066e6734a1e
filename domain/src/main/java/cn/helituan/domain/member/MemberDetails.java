package cn.helituan.domain.member;

/** The editable facts of a member. */
public record MemberDetails(String name, Gender gender, Long workUnitId, String post, String rank, String specialty,
                            String mobile, boolean partyMember, MemberType type, String notes) {
}
