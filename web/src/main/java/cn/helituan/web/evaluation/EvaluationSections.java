package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.EvaluationResults;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation's parts of group and member pages: the published grades by year, and beside a member's name the
 * "优先提拔使用" mark of a top grade.
 */
@Configuration
class EvaluationSections {

    private static final int ORDER = 50;

    @Bean
    PageSection<Unit> groupGrades(EvaluationResults results) {
        return PageSection.of(ORDER, "evaluations/sections :: groupGrades",
                (scope, unit) -> unit.getKind() == UnitKind.GROUP ? results.ofGroup(unit.getId()) : null);
    }

    /** The grades by year, and the mark beside the member's name: one read for both. */
    @Bean
    PageSection<Member> memberGrades(EvaluationResults results) {
        return PageSection.of(ORDER, Map.of(PageSection.MAIN, "evaluations/sections :: memberGrades",
                PageSection.HEADER, "evaluations/sections :: memberBadges"),
                (scope, member) -> results.ofMember(member.getId()));
    }
}
