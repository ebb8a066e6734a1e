package cn.helituan.domain.message;

import cn.helituan.domain.common.Role;
import java.util.Set;

/** What an org admin writes to publish an announcement: no unit for the whole deployment, no roles for every role. */
public record AnnouncementDetails(String title, String body, Long scopeUnitId, Set<Role> roles) {
}
