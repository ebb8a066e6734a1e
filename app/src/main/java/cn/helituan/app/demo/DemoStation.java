package cn.helituan.app.demo;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.station.Absence;
import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceService;
import cn.helituan.domain.station.AttendanceService;
import cn.helituan.domain.station.AwayReason;
import cn.helituan.domain.station.MajorMatter;
import cn.helituan.domain.station.MajorMatterKind;
import cn.helituan.domain.station.MajorMatterService;
import cn.helituan.domain.station.RotationService;
import cn.helituan.domain.station.StationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * 青山村's first secretary's attendance (part of {@link DemoData}'s load, after the accounts): two days of leave last
 * month, approved by the industry sub-team's leader, who then approved last month's attendance sheet of 青山村, and a
 * county meeting next week waiting for their decision. And a rotation in progress at 石门村 (the e-commerce group's
 * village): its first secretary, there for more than two years, hands over to a colleague in 20 days; the
 * industry sub-team's leader recorded it, the handover is written and waits for both signatures.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoStation {

    private final AbsenceService absences;
    private final AttendanceService attendance;
    private final MajorMatterService matters;
    private final StationService stations;
    private final RotationService rotations;
    private final DemoUsers users;

    void load(AssistedObject rotating, List<Member> roster, LocalDate today) {
        LocalDate leave = today.minusMonths(1).withDayOfMonth(10);
        Absence asked = users.as("secretary", s -> absences.ask(s, new AbsenceService.Ask(AbsenceKind.LEAVE, null,
                leave, leave.plusDays(1), "家中老人住院，回县城陪护两天。")));
        users.as("subteam", s -> absences.decide(s, asked.getId(), asked.getVersion(), true, "同意，注意安全。"));
        // last month's sheet of 青山村, approved by the sub-team leader
        long village = users.as("secretary", s -> s.objectId());
        users.as("subteam", s -> attendance.approve(s, village, YearMonth.from(today).minusMonths(1), null));
        // a dispute of yesterday evening, reported and acknowledged by the sub-team leader
        MajorMatter dispute = users.as("secretary", s -> matters.report(s, new MajorMatterService.Report(
                MajorMatterKind.DISPUTE, today.minusDays(1).atTime(18, 30), "两户村民因宅基地边界发生争执，情绪激动。",
                "已会同村委会到现场调解，双方同意等待镇国土所测量后再定。")));
        users.as("subteam", s -> matters.acknowledge(s, dispute.getId(), dispute.getVersion(),
                "已阅，请跟进测量结果，防止矛盾激化。"));
        LocalDate meeting = today.plusDays(7);
        users.as("secretary", s -> absences.ask(s, new AbsenceService.Ask(AbsenceKind.AWAY,
                AwayReason.COUNTY_MEETING, meeting, meeting, "参加全县驻村第一书记工作推进会。")));
        rotation(rotating, roster, today);
    }

    private void rotation(AssistedObject village, List<Member> roster, LocalDate today) {
        LocalDate started = today.minusYears(2).minusMonths(1);
        long outgoing = users.as("subteam", s -> stations.station(s, village.getId(), new StationService.Station(
                roster.get(5).getMobile(), started, new StationingRecord(StationRole.FIRST_SECRETARY, null,
                        "驻村第一书记", today.plusDays(20), null, null, null, null, null, new BigDecimal("100"))))
                .getId());
        users.as("subteam", s -> rotations.rotate(s, outgoing, new RotationService.Rotate(0, today.plusDays(20),
                roster.get(6).getMobile(), "村电商服务站已建成，每月直播两场；两户脱贫户务工收入不稳，需重点回访；"
                        + "村道硬化项目待镇里验收。")));
    }
}
