package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import org.springframework.stereotype.Component;

/** The assisted feature's part of a group's page: the objects it is (or was) paired with. */
@Component
class RelationshipSections implements PageSection<Unit> {

    private final RelationshipService relationships;

    RelationshipSections(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @Override
    public int getOrder() {
        return 20;
    }

    @Override
    public String fragment() {
        return "relationships/sections :: groupRelationships";
    }

    @Override
    public Object read(Scope scope, Unit unit) {
        return unit.getKind() == UnitKind.GROUP ? relationships.ofGroup(scope, unit.getId()) : null;
    }
}
