package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assisted feature's part of a group's page: the objects it is (or was) paired with. */
@Configuration
class RelationshipSections {

    /** The pairings and the day their state is shown on (today in the deployment's zone). */
    record GroupRelationships(List<Relationship> relationships, LocalDate today) {
    }

    @Bean
    PageSection<Unit> groupRelationships(RelationshipService relationships, Clock clock) {
        return PageSection.of(20, "relationships/sections :: groupRelationships",
                (scope, unit) -> unit.getKind() == UnitKind.GROUP
                        ? new GroupRelationships(relationships.ofGroup(scope, unit.getId()), LocalDate.now(clock))
                        : null);
    }
}
