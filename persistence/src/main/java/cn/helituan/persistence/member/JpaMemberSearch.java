package cn.helituan.persistence.member;

import cn.helituan.domain.member.MemberSearch;

/**
 * The fragment that carries the hand-written member search into {@link JpaMembers}; Spring Data looks for its
 * implementation, {@link JpaMemberSearchImpl}, in this package.
 */
interface JpaMemberSearch extends MemberSearch {
}
