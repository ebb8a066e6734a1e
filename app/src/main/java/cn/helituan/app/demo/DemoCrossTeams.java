package cn.helituan.app.demo;

import cn.helituan.domain.activity.ActivityChoices;
import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.crossteam.CrossTeam;
import cn.helituan.domain.crossteam.CrossTeamActivityDetails;
import cn.helituan.domain.crossteam.CrossTeamBudget;
import cn.helituan.domain.crossteam.CrossTeamDetails;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.CrossTeamWork;
import cn.helituan.domain.crossteam.SpendingDetails;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectStatus;
import cn.helituan.domain.demand.Projects;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo county's cross-town service teams (part of {@link DemoData}'s load, after the attendance), Langao-like: a
 * health-service team led by 青山村's first secretary with a deputy and members from other groups, serving 青山镇 and
 * 城关镇, a free clinic logged by its leader and three spending entries (the medicines paid for the medical group's
 * project 柳河社区慢病筛查建档, so the team's page lists it and the demand it answers); an e-commerce team with its
 * leader and deputy, one spending entry (for the e-commerce group's project 石门村土蜂蜜直播带货).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoCrossTeams {

    private final CrossTeamService service;
    private final CrossTeamBudget budget;
    private final CrossTeamWork work;
    private final ActivityChoices choices;
    private final Regions regions;
    private final Projects projects;
    private final DemoUsers users;

    void load(Unit team, Member secretary, List<Unit> groups, List<List<Member>> rosters, LocalDate today) {
        int year = today.getYear();
        List<Member> medical = rosters.get(3);
        List<Member> ecommerce = rosters.get(1);
        List<Member> employment = rosters.get(5);
        CrossTeam health = users.as("admin", s -> service.create(s, team.getId(), new CrossTeamDetails(
                "健康服务跨镇服务队", UnitField.MEDICAL, year, secretary.getMobile(), medical.get(0).getMobile(),
                new BigDecimal("20000.00"), 3, 5)));
        users.as("secretary", s -> service.addMember(s, health.getId(), medical.get(1).getMobile()));
        users.as("secretary", s -> service.addMember(s, health.getId(), employment.get(0).getMobile()));
        for (String code : List.of("DEMO-R01", "DEMO-R02")) {
            regions.findByCodeIgnoreCase(code).ifPresent(r -> users.as("secretary",
                    s -> service.addTown(s, health.getId(), r.getId())));
        }
        LocalDate day = today.minusDays(3).getYear() == year ? today.minusDays(3) : today;
        long type = choices.types().stream().filter(t -> "FREE_CLINIC".equals(t.getCode())).findFirst()
                .map(ActivityType::getId).orElseGet(() -> choices.types().get(0).getId());
        users.as("secretary", s -> {
            long village = work.objectsServed(s, health.getId()).get(0).id();
            return work.log(s, health.getId(), new CrossTeamActivityDetails(type, day, "青山镇巡回义诊",
                    "青山村卫生室", "县医院专家与服务队队员到村义诊，免费测血压、血糖，发放常用药。", List.of(village),
                    List.of(secretary.getId(), medical.get(0).getId(), medical.get(1).getId()), 4,
                    Map.of(Figure.PATIENTS_SEEN, new BigDecimal("126"), Figure.BENEFICIARIES, new BigDecimal("126")),
                    false));
        });
        spend("secretary", health, day, "义诊常用药品", "3260.00", activeProject(groups.get(3)));
        spend("secretary", health, day, "租车往返交通", "480.50", null);
        spend("admin", health, day.withDayOfMonth(1), "健康宣传资料印制", "1200.00", null);

        CrossTeam sales = users.as("admin", s -> service.create(s, team.getId(), new CrossTeamDetails(
                "电商带货跨镇服务队", UnitField.ECOMMERCE, year, secretary.getMobile(), ecommerce.get(0).getMobile(),
                new BigDecimal("20000.00"), 3, 5)));
        users.as("admin", s -> service.addMember(s, sales.getId(), ecommerce.get(1).getMobile()));
        regions.findByCodeIgnoreCase("DEMO-R02").ifPresent(r -> users.as("admin",
                s -> service.addTown(s, sales.getId(), r.getId())));
        spend("admin", sales, day.withDayOfMonth(1), "直播带货设备", "6800.00", activeProject(groups.get(1)));
    }

    /** The group's first active project (DemoLists made one for the medical and the e-commerce group), or null. */
    private Long activeProject(Unit group) {
        return projects.findByGroupIdAndStatusOrderByDeadlineAscIdAsc(group.getId(), ProjectStatus.ACTIVE).stream()
                .findFirst().map(Project::getId).orElse(null);
    }

    private void spend(String who, CrossTeam team, LocalDate day, String purpose, String amount, Long project) {
        users.as(who, s -> budget.spend(s, team.getId(), new SpendingDetails(day, purpose, new BigDecimal(amount),
                null, project, false, null), null));
    }
}
