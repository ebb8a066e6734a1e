package cn.helituan.web.member;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.Unit;
import cn.helituan.web.common.PageSection;
import org.springframework.stereotype.Component;

/** The member feature's part of a unit's page: its current members. */
@Component
class MemberSections implements PageSection<Unit> {

    private final MemberService members;

    MemberSections(MemberService members) {
        this.members = members;
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public String fragment() {
        return "members/sections :: unitMembers";
    }

    @Override
    public Object read(Scope scope, Unit unit) {
        return members.membersOfUnit(scope, unit.getId());
    }
}
