package cn.helituan.domain.member;

/** One open membership of a member in the member list: whose, and the unit's name. */
public record MemberUnit(Long memberId, String unitName) {
}
