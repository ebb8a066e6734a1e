package cn.helituan.web.supervision;

import cn.helituan.domain.member.Member;
import cn.helituan.domain.supervision.MeasureService;
import cn.helituan.web.common.PageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supervision's parts of other pages: a cadre's measures (组织处理) on the member's page, for those in scope. */
@Configuration
class SupervisionSections {

    private static final int ORDER = 55;

    @Bean
    PageSection<Member> memberMeasures(MeasureService measures) {
        return PageSection.of(ORDER, "supervision/sections :: memberMeasures",
                (scope, member) -> measures.ofMember(scope, member.getId()));
    }
}
