package cn.helituan.domain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.plan.PlanTally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

/**
 * The dashboard keeps what it reads beside the tallies for its minute, per scope and period, and reads it again
 * after; the activity figures are read every time.
 */
class DashboardKeepTest {

    private final DashboardStore store = mock(DashboardStore.class);
    private final MemberService members = mock(MemberService.class);
    private final PlanService plans = mock(PlanService.class);
    private final DemandListing demands = mock(DemandListing.class);
    private final ProjectService projects = mock(ProjectService.class);
    private final RelationshipService relationships = mock(RelationshipService.class);
    private Instant now = Instant.parse("2026-06-01T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final cn.helituan.domain.station.AttendanceService attendance =
            mock(cn.helituan.domain.station.AttendanceService.class);
    private final cn.helituan.domain.station.MajorMatterService majorMatters =
            mock(cn.helituan.domain.station.MajorMatterService.class);
    private final DashboardService service = new DashboardService(store, members, plans, demands, projects,
            relationships, attendance, majorMatters, clock, 60);
    private final Scope subTeam = new Scope(1L, "sub", Role.SUB_TEAM_LEADER, 4L, "/1/4/", null, null);

    @BeforeEach
    void answers() {
        when(store.roots(anyString(), any())).thenReturn(List.of(4L));
        when(store.trend(any(), any(), any())).thenReturn(List.of());
        when(store.structure(anyString(), anyLong(), any())).thenReturn(new Structure(0, 0, 0, Map.of(), 0, 0, null));
        when(store.silentGroups(anyString(), any(), anyInt())).thenReturn(new DashboardStore.Silent(List.of(), 0));
        when(members.search(any(), any(), any())).thenReturn(Page.empty());
        when(plans.tally(any(), anyInt())).thenReturn(new PlanTally(0, 0, 0, 0, 0, 0));
        when(plans.deadline(anyInt())).thenReturn(LocalDate.of(2026, 3, 31));
        when(projects.list(any(), any(), any())).thenReturn(Page.empty());
    }

    @Test
    void theCountsAreKeptAMinuteAndTheActivityFiguresReadEachTime() {
        Period year = Period.year(2026);
        Dashboard first = service.dashboard(subTeam, year);
        now = now.plus(Duration.ofSeconds(59));
        Dashboard second = service.dashboard(subTeam, year);
        verify(store, times(1)).structure(anyString(), anyLong(), any());
        verify(store, times(2)).trend(any(), any(), any());
        assertThat(second.standingAt()).isEqualTo(first.standingAt());

        service.dashboard(subTeam, Period.month(java.time.YearMonth.of(2026, 5)));
        verify(store, times(2)).structure(anyString(), anyLong(), any());

        now = now.plus(Duration.ofSeconds(2));
        Dashboard third = service.dashboard(subTeam, year);
        verify(store, times(3)).structure(anyString(), anyLong(), any());
        assertThat(third.standingAt()).isEqualTo(now);
    }
}
