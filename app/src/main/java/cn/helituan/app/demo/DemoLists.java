package cn.helituan.app.demo;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandAccess;
import cn.helituan.domain.demand.DemandChoices;
import cn.helituan.domain.demand.DemandDetails;
import cn.helituan.domain.demand.DemandMatching;
import cn.helituan.domain.demand.DemandWorkflow;
import cn.helituan.domain.demand.MatchDetails;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.demand.ResourceDetails;
import cn.helituan.domain.demand.ResourceService;
import cn.helituan.domain.demand.Urgency;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.team.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo county's three lists (part of {@link DemoData}'s load, in its transaction): resources of work units,
 * groups and members; demands at every stage of the workflow, each step taken by the person whose step it is
 * (青山村's first secretary raises and confirms, the organization department accepts, declines and matches, the
 * group's leader reports solved); and the projects they became.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoLists {

    private final DemandWorkflow demands;
    private final DemandChoices choices;
    private final DemandMatching matching;
    private final DemandAccess access;
    private final ResourceService resources;
    private final ProjectService projects;
    private final DemoUsers users;

    void load(List<Unit> groups, List<AssistedObject> objects, List<WorkUnit> wus, List<List<Member>> rosters,
              LocalDate today) {
        Map<String, Long> category = new HashMap<>();
        choices.categories().forEach(c -> category.put(c.getCode(), c.getId()));
        Scope system = Scope.system();
        AidResource training = resources.declare(system, new ResourceDetails(category.get("SKILLS"), "茶叶种植技术培训",
                "农技专家驻村授课，每期 2 天", new BigDecimal("10"), CapacityUnit.DAYS, today.minusMonths(1),
                today.plusMonths(10), null, null, wus.get(2).getId()));
        AidResource live = resources.declare(system, new ResourceDetails(category.get("CONSUMPTION"), "直播带货渠道",
                "服务队的直播间每月可为村里带货", new BigDecimal("6"), CapacityUnit.PLACES, null, null,
                groups.get(1).getId(), null, null));
        resources.declare(system, new ResourceDetails(category.get("INDUSTRY"), "产业发展贴息贷款", "茶园改造贴息",
                new BigDecimal("500000"), CapacityUnit.YUAN, null, today.plusYears(1), null, null,
                wus.get(11).getId()));
        resources.declare(system, new ResourceDetails(category.get("GOVERNANCE"), "法律咨询服务", "每月驻村法律咨询",
                new BigDecimal("20"), CapacityUnit.DAYS, null, null, null, rosters.get(7).get(0).getId(), null));
        AidResource clinic = resources.declare(system, new ResourceDetails(category.get("HEALTH"), "巡回义诊",
                "医疗队每季度下村义诊、慢病筛查", new BigDecimal("4"), CapacityUnit.ITEMS, null, null,
                groups.get(3).getId(), null, null));
        resources.declare(system, new ResourceDetails(category.get("EMPLOYMENT"), "县内企业就业岗位",
                "县人社局归集的县内企业岗位", new BigDecimal("60"), CapacityUnit.PLACES, today.minusMonths(2),
                today.plusMonths(6), null, null, wus.get(4).getId()));

        AssistedObject qingshan = objects.get(0);
        AssistedObject shimen = objects.get(1);
        AssistedObject taoyuan = objects.get(2);
        AssistedObject jintian = objects.get(3);
        AssistedObject baiyun = objects.get(4);
        AssistedObject liuhe = objects.get(5);

        // 提出: just raised by the village
        users.as("secretary", s -> demands.raise(s, new DemandDetails(qingshan.getId(), category.get("CONSUMPTION"),
                "春茶销路不畅，需要电商渠道", "今年春茶产量 3 万斤，收购价低，希望对接直播带货。", Urgency.URGENT,
                today.plusMonths(2))));
        // 已受理: accepted, no project yet
        Demand road = users.as("secretary", s -> demands.raise(s, new DemandDetails(qingshan.getId(),
                category.get("INFRASTRUCTURE"), "通组道路破损需硬化", "二组到三组 1.2 公里道路雨天无法通行。",
                Urgency.NORMAL, today.plusMonths(6))));
        users.as("admin", s -> demands.accept(s, road.getId(), version(s, road)));
        // 已匹配: a project of the e-commerce group, not started
        Demand honey = raisedByDepartment(shimen, category.get("CONSUMPTION"), "土蜂蜜滞销", "合作社积压土蜂蜜 800 斤。",
                today.plusMonths(1));
        match(honey, new MatchDetails("石门村土蜂蜜直播带货", groups.get(1).getId(), null, today,
                today.plusMonths(1), new BigDecimal("2000"), Map.of(live.getId(), new BigDecimal("2"))));
        // 办理中: the medical group's project under way
        Demand screening = raisedByDepartment(liuhe, category.get("HEALTH"), "社区老年人慢病筛查",
                "社区 60 岁以上老人 420 人，高血压、糖尿病筛查和建档率低。", today.plusMonths(3));
        Project clinics = match(screening, new MatchDetails("柳河社区慢病筛查建档", groups.get(3).getId(),
                rosters.get(3).get(0).getId(), today.minusMonths(1), today.plusMonths(3), new BigDecimal("8000"),
                Map.of(clinic.getId(), BigDecimal.ONE)));
        users.as("admin", s -> projects.progress(s, clinics.getId(), projects.get(s, clinics.getId()).getVersion(),
                40, "已筛查 170 人，建立健康档案 160 份。"));
        // 已解决 (the group's word), awaiting the village: the party-building group's project done
        Demand classroom = raisedByDepartment(baiyun, category.get("GOVERNANCE"), "村党员活动室设备陈旧",
                "党员活动室缺少远程教育设备，冬季无法组织集中学习。", today.plusMonths(2));
        Project equipment = match(classroom, new MatchDetails("白云村党员远程教育设备更新", groups.get(6).getId(),
                rosters.get(6).get(0).getId(), today.minusMonths(2), today.plusMonths(1), new BigDecimal("15000"),
                Map.of()));
        users.as("admin", s -> projects.progress(s, equipment.getId(),
                projects.get(s, equipment.getId()).getVersion(), 100, "设备已安装调试。"));
        users.as("admin", s -> demands.reportSolved(s, classroom.getId(), version(s, classroom)));
        // 已确认解决: the tea group's training, confirmed by 青山村's first secretary. (Matching keeps the candidate
        // resources of a category for 5 minutes: the demo matches no SKILLS demand, whose fresh resources the demand
        // tests expect among the suggestions.)
        Demand pests = users.as("secretary", s -> demands.raise(s, new DemandDetails(qingshan.getId(),
                category.get("INDUSTRY"), "茶园病虫害防治技术缺乏", "茶农不会识别茶小绿叶蝉，用药多、效果差。",
                Urgency.NORMAL, today.plusMonths(1))));
        users.as("admin", s -> demands.accept(s, pests.getId(), version(s, pests)));
        Project course = users.as("admin", s -> matching.match(s, pests.getId(), version(s, pests),
                new MatchDetails("青山村茶园绿色防控培训", groups.get(0).getId(), rosters.get(0).get(0).getId(),
                        today.minusMonths(3), today.minusMonths(1), new BigDecimal("3000"),
                        Map.of(training.getId(), new BigDecimal("2")))));
        users.as("leader", s -> projects.progress(s, course.getId(), projects.get(s, course.getId()).getVersion(),
                100, "两期培训完成，86 名茶农参训。"));
        users.as("leader", s -> demands.reportSolved(s, pests.getId(), version(s, pests)));
        users.as("secretary", s -> demands.answer(s, pests.getId(), version(s, pests), true, null));
        // 不予受理: declined with the reason
        Demand square = raisedByDepartment(taoyuan, category.get("INFRASTRUCTURE"), "新建村文化广场",
                "村里希望新建 2000 平方米文化广场。", today.plusMonths(8));
        users.as("admin", s -> demands.decline(s, square.getId(), version(s, square),
                "投资超出帮扶范围，已转乡镇纳入项目库。"));
        // 提请无法解决: proposed as "cannot be solved", awaiting the department's review
        Demand plant = raisedByDepartment(jintian, category.get("INDUSTRY"), "引进大型农产品加工企业",
                "希望在村里引进年产值亿元以上的加工企业。", today.plusMonths(6));
        users.as("admin", s -> demands.accept(s, plant.getId(), version(s, plant)));
        users.as("admin", s -> demands.proposeUnsolvable(s, plant.getId(), version(s, plant),
                "村里用地和交通条件不具备，改为对接县产业园区。"));
    }

    private Demand raisedByDepartment(AssistedObject object, Long category, String title, String description,
                                      LocalDate wantedBy) {
        return users.as("admin", s -> demands.raise(s, new DemandDetails(object.getId(), category, title,
                description, Urgency.NORMAL, wantedBy)));
    }

    /** The organization department accepts the demand and makes it a project. */
    private Project match(Demand demand, MatchDetails details) {
        users.as("admin", s -> demands.accept(s, demand.getId(), version(s, demand)));
        return users.as("admin", s -> matching.match(s, demand.getId(), version(s, demand), details));
    }

    private long version(Scope scope, Demand demand) {
        return access.get(scope, demand.getId()).getVersion();
    }
}
