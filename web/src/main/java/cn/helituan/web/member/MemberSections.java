package cn.helituan.web.member;

import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.Unit;
import cn.helituan.web.common.PageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member feature's part of a unit's page: its current members. */
@Configuration
class MemberSections {

    @Bean
    PageSection<Unit> unitMembers(MemberService members) {
        return PageSection.of(10, "members/sections :: unitMembers",
                (scope, unit) -> members.membersOfUnit(scope, unit.getId()));
    }
}
