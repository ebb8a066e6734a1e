package cn.helituan.web.plan;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import org.springframework.stereotype.Component;

/** The plan feature's part of a group's page: the way to its annual plans. */
@Component
class PlanSections implements PageSection<Unit> {

    @Override
    public int getOrder() {
        return 35;
    }

    @Override
    public String fragment() {
        return "plans/sections :: groupPlan";
    }

    @Override
    public Object read(Scope scope, Unit unit) {
        return unit.getKind() == UnitKind.GROUP ? unit.getId() : null;
    }
}
