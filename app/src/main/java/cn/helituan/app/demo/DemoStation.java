package cn.helituan.app.demo;

import cn.helituan.domain.station.Absence;
import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceService;
import cn.helituan.domain.station.AttendanceService;
import cn.helituan.domain.station.AwayReason;
import java.time.LocalDate;
import java.time.YearMonth;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * 青山村's first secretary's attendance (part of {@link DemoData}'s load, after the accounts): two days of leave last
 * month, approved by the industry sub-team's leader, who then approved last month's attendance sheet of 青山村, and a
 * county meeting next week waiting for their decision.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoStation {

    private final AbsenceService absences;
    private final AttendanceService attendance;
    private final DemoUsers users;

    void load(LocalDate today) {
        LocalDate leave = today.minusMonths(1).withDayOfMonth(10);
        Absence asked = users.as("secretary", s -> absences.ask(s, new AbsenceService.Ask(AbsenceKind.LEAVE, null,
                leave, leave.plusDays(1), "家中老人住院，回县城陪护两天。")));
        users.as("subteam", s -> absences.decide(s, asked.getId(), asked.getVersion(), true, "同意，注意安全。"));
        // last month's sheet of 青山村, approved by the sub-team leader
        long village = users.as("secretary", s -> s.objectId());
        users.as("subteam", s -> attendance.approve(s, village, YearMonth.from(today).minusMonths(1), null));
        LocalDate meeting = today.plusDays(7);
        users.as("secretary", s -> absences.ask(s, new AbsenceService.Ask(AbsenceKind.AWAY,
                AwayReason.COUNTY_MEETING, meeting, meeting, "参加全县驻村第一书记工作推进会。")));
    }
}
