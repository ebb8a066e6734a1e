package cn.helituan.app.demo;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.casebook.CaseDetails;
import cn.helituan.domain.casebook.CaseMeasure;
import cn.helituan.domain.casebook.CasePrefill;
import cn.helituan.domain.casebook.CaseReview;
import cn.helituan.domain.casebook.CaseStudy;
import cn.helituan.domain.casebook.CaseWriting;
import cn.helituan.domain.contest.ContestEvidence;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo county's case library (part of {@link DemoData}'s load, after the contests): a case drafted by the industry
 * sub-team's leader from the town contest's first stop, citing one of 青山村's activities, published by the org admin;
 * two more published cases; and a group leader's draft.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoCases {

    private final CasePrefill prefill;
    private final CaseWriting writing;
    private final CaseReview review;
    private final ContestEvidence evidence;
    private final DemoUsers users;

    void load(long firstStopId, List<AssistedObject> villages, LocalDate today) {
        CasePrefill.Draft fromStop = users.as("subteam", s -> prefill.fromStop(s, firstStopId));
        CaseDetails d = fromStop.details();
        CaseStudy contestCase = users.as("subteam", s -> writing.draft(s, new CaseDetails(d.title(), d.objectId(),
                d.theme(), d.year(), "茶园老化、品质不高，茶农增收难；合作社带动能力弱。", d.actions(),
                (d.results() == null ? "" : d.results() + "\n") + "培训茶农、改造低产茶园，春茶销售增长三成。"),
                fromStop.source(), fromStop.stopId()));
        evidence.activities(villages.get(0).getId(), today.minusYears(1), today, 1).forEach(a -> users.as("subteam",
                s -> writing.addFigure(s, contestCase.getId(), CaseMeasure.ACTIVITY_BENEFICIARIES, a.id())));
        users.as("subteam", s -> writing.submit(s, contestCase.getId(), contestCase.getVersion()));
        users.as("admin", s -> review.publish(s, contestCase.getId(), contestCase.getVersion()));

        publish("leader", new CaseDetails("小茶叶做成大产业：青山村“合作社+电商”模式", villages.get(0).getId(), "产业振兴",
                today.getYear(), "茶叶销路窄，线上渠道空白。", "合力小组联系电商平台，培训村里年轻人直播带货，合作社统一品牌。",
                "线上销售茶叶 12.6 万元，带动 86 户增收。"));
        publish("admin", new CaseDetails("石门村软弱涣散村党组织整顿", villages.get(1).getId(), "抓党建促乡村振兴",
                today.getYear(), "村党组织软弱涣散，村务公开不及时。", "党建引领合力小组驻村指导，规范“三会一课”和村务公开。",
                "村“两委”班子配齐配强，群众满意度明显提高。"));
        users.as("leader", s -> writing.draft(s, new CaseDetails("茶园病虫害绿色防控（草稿）", villages.get(0).getId(),
                "科技服务", today.getYear(), "茶园病虫害多，农药用量大。", "推广绿色防控技术。", null), null, null));
    }

    private void publish(String author, CaseDetails details) {
        CaseStudy study = users.as(author, s -> writing.draft(s, details, null, null));
        users.as(author, s -> writing.submit(s, study.getId(), study.getVersion()));
        users.as("admin", s -> review.publish(s, study.getId(), study.getVersion()));
    }
}
