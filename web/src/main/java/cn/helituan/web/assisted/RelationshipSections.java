package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assisted feature's part of a group's page: the objects it is (or was) paired with. */
@Configuration
class RelationshipSections {

    @Bean
    PageSection<Unit> groupRelationships(RelationshipService relationships) {
        return PageSection.of(20, "relationships/sections :: groupRelationships",
                (scope, unit) -> unit.getKind() == UnitKind.GROUP ? relationships.ofGroup(scope, unit.getId()) : null);
    }
}
