package cn.helituan.app.demo;

import cn.helituan.domain.activity.ActivityChoices;
import cn.helituan.domain.activity.ActivityConfirmation;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The demo county's activities (part of {@link DemoData}'s load, in its transaction). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoActivities {

    private final ActivityLog activities;
    private final ActivityChoices choices;
    private final ActivityConfirmation confirmations;
    private final DemoUsers users;

    /**
     * Some months of activities, so the dashboard and the lists have something to show: confirmed by 青山村's
     * first secretary or, for the objects without an account, by their sub-team's leader; one disputed, some not yet
     * answered. The groups without a pairing, and the governance group for two months, have none (the attention
     * list).
     */
    void load(Scope system, List<Unit> groups, List<AssistedObject> objects, List<Unit> subTeams, LocalDate today) {
        // group, object, type, days ago, title, answer (C confirmed, D disputed, R reported), figures
        Object[][] logged = {
            {0, 0, "SKILLS_TRAINING", 200, "茶园春季修剪技术培训", "C",
                Map.of(Figure.TRAININGS_HELD, 2, Figure.PEOPLE_TRAINED, 86)},
            {0, 0, "CONSUMPTION", 170, "帮助销售春茶", "C", Map.of(Figure.PRODUCE_SOLD, 126000, Figure.BENEFICIARIES, 120)},
            {0, 6, "PROJECT", 150, "引进茶叶深加工生产线", "C",
                Map.of(Figure.PROJECTS_INTRODUCED, 1, Figure.FUNDS_SECURED, 3500000)},
            {0, 0, "TECHNOLOGY", 120, "推广茶园绿色防控技术", "C",
                Map.of(Figure.TECHNOLOGIES_PROMOTED, 2, Figure.PEOPLE_TRAINED, 40)},
            {0, 0, "RESEARCH_VISIT", 60, "走访茶农和合作社", "C", Map.of(Figure.BENEFICIARIES, 35)},
            {0, 6, "EMPLOYMENT", 45, "企业招聘村民入厂", "R", Map.of(Figure.PEOPLE_EMPLOYED, 18)},
            {0, 0, "SKILLS_TRAINING", 12, "秋茶管护培训", "R", Map.of(Figure.TRAININGS_HELD, 1, Figure.PEOPLE_TRAINED, 52)},
            {1, 1, "ECOMMERCE", 190, "直播带货土蜂蜜", "C", Map.of(Figure.PRODUCE_SOLD, 48000, Figure.BENEFICIARIES, 60)},
            {1, 1, "ECOMMERCE", 95, "农产品直播专场", "D", Map.of(Figure.PRODUCE_SOLD, 90000, Figure.BENEFICIARIES, 80)},
            {1, 1, "RESEARCH_VISIT", 20, "走访电商服务站选址", "R", Map.of()},
            {3, 5, "FREE_CLINIC", 160, "社区义诊", "C", Map.of(Figure.PATIENTS_SEEN, 230, Figure.BENEFICIARIES, 230)},
            {3, 5, "FREE_CLINIC", 75, "慢病随访义诊", "C", Map.of(Figure.PATIENTS_SEEN, 140, Figure.BENEFICIARIES, 140)},
            {3, 5, "LECTURE", 25, "健康知识讲座", "R", Map.of(Figure.TRAININGS_HELD, 1, Figure.PEOPLE_TRAINED, 65)},
            {4, 2, "DONATION", 140, "捐赠学习用品", "C", Map.of(Figure.DONATIONS, 30000, Figure.BENEFICIARIES, 150)},
            {4, 2, "OTHER", 50, "留守儿童课后辅导", "C", Map.of(Figure.BENEFICIARIES, 45)},
            {6, 4, "LECTURE", 180, "村党组织专题党课", "C", Map.of(Figure.TRAININGS_HELD, 1, Figure.PEOPLE_TRAINED, 48)},
            {6, 4, "FUNDING", 110, "争取村集体经济扶持资金", "C", Map.of(Figure.FUNDS_SECURED, 500000)},
            {6, 4, "SYMPOSIUM", 8, "村两委座谈", "R", Map.of()},
            {7, 3, "SYMPOSIUM", 70, "矛盾纠纷调解座谈会", "C", Map.of(Figure.BENEFICIARIES, 20)},
        };
        Map<String, Long> types = new HashMap<>();
        choices.types().forEach(t -> types.put(t.getCode(), t.getId()));
        AssistedObject qingshan = objects.get(0);
        for (Object[] a : logged) {
            Unit group = groups.get((Integer) a[0]);
            AssistedObject object = objects.get((Integer) a[1]);
            Map<Figure, BigDecimal> figures = new java.util.EnumMap<>(Figure.class);
            ((Map<?, ?>) a[6]).forEach((f, v) -> figures.put((Figure) f, new BigDecimal(v.toString())));
            // the group's two last members went (tests of the demo county use the leader and the first ones)
            List<Member> current = choices.participantsOf(system, group.getId(), List.of()).shown();
            List<Long> went = current.subList(Math.max(0, current.size() - 2), current.size()).stream()
                    .map(Member::getId).toList();
            // the tea group's leader logs the tea group's, the organization department the others'
            var details = new cn.helituan.domain.activity.ActivityDetails(group.getId(),
                    types.get((String) a[2]), today.minusDays((Integer) a[3]), (String) a[4], object.getName(), null,
                    List.of(object.getId()), went, 0, figures, null, false, null, null);
            var activity = users.as((Integer) a[0] == 0 ? "leader" : "admin", s -> activities.log(s, details));
            if (!"R".equals(a[5])) {
                Unit subTeam = subTeams.stream().filter(u -> group.getPath().startsWith(u.getPath())).findFirst()
                        .orElseThrow();
                // 青山村's first secretary answers for the village; the sub-team's leader for the others
                Scope answers = object == qingshan
                        ? new Scope(null, "secretary", Role.FIRST_SECRETARY, null, null, object.getId(), null)
                        : new Scope(null, "subteam", Role.SUB_TEAM_LEADER, subTeam.getId(), subTeam.getPath(), null,
                                null);
                users.as(answers.username(), answers, s -> confirmations.decide(s, activity.getId(),
                        activity.getVersion(), object.getId(), "C".equals(a[5]),
                        "C".equals(a[5]) ? null : "销售额与村里台账不符"));
            }
        }
    }
}
