package cn.helituan.domain.account;

import cn.helituan.domain.common.Role;

/** What an admin sets on an account. */
public record AccountDetails(String username, String displayName, Role role, Long scopeUnitId, Long scopeObjectId,
                             Long memberId) {
}
