package cn.helituan.web.contest;

import cn.helituan.domain.contest.ContestYearEnd;
import cn.helituan.domain.member.Member;
import cn.helituan.web.common.PageSection;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contests' part of a member's page: the 担当作为好支书 mark of each year the county selected them. */
@Configuration
class ContestSections {

    private static final int ORDER = 55;

    @Bean
    PageSection<Member> goodSecretaryBadge(ContestYearEnd yearEnd) {
        return PageSection.of(ORDER, Map.of(PageSection.HEADER, "contests/sections :: goodSecretary"),
                (scope, member) -> {
                    List<Integer> years = yearEnd.selectedYears(member.getId());
                    return years.isEmpty() ? null : years;
                });
    }
}
