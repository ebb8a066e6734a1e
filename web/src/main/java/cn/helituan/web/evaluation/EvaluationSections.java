package cn.helituan.web.evaluation;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EvaluationResults;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import org.springframework.stereotype.Component;

/**
 * The evaluation's parts of group and member pages: the published grades by year, and on a member's title the
 * "优先提拔使用" mark of a top grade.
 */
final class EvaluationSections {

    private static final int ORDER = 50;

    private EvaluationSections() {
    }

    @Component
    static class OfGroup implements PageSection<Unit> {

        private final EvaluationResults evaluations;

        OfGroup(EvaluationResults evaluations) {
            this.evaluations = evaluations;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "evaluations/sections :: groupGrades";
        }

        @Override
        public Object read(Scope scope, Unit unit) {
            return unit.getKind() == UnitKind.GROUP ? evaluations.ofGroup(unit.getId()) : null;
        }
    }

    @Component
    static class OfMember implements PageSection<Member> {

        private final EvaluationResults evaluations;

        OfMember(EvaluationResults evaluations) {
            this.evaluations = evaluations;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "evaluations/sections :: memberGrades";
        }

        @Override
        public Object read(Scope scope, Member member) {
            return evaluations.ofMember(member.getId());
        }
    }

    /** The mark beside the member's name. */
    @Component
    static class MemberBadges implements PageSection<Member> {

        private final EvaluationResults evaluations;

        MemberBadges(EvaluationResults evaluations) {
            this.evaluations = evaluations;
        }

        @Override
        public String slot() {
            return HEADER;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "evaluations/sections :: memberBadges";
        }

        @Override
        public Object read(Scope scope, Member member) {
            return evaluations.ofMember(member.getId());
        }
    }
}
