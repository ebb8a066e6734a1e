package cn.helituan.domain.member;

import java.time.LocalDate;

/** Where a member sits now, as the roster export writes it: the unit's path of names, the position, since when. */
public record MemberPlace(Long memberId, String unitPath, Position position, LocalDate joinedOn) {
}
