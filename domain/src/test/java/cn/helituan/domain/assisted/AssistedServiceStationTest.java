package cn.helituan.domain.assisted;

import static cn.helituan.domain.testing.Entities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Who may station cadres in a village (a sub-team leader only while one of their groups is paired with it on the
 * Clock's day), and the village page's stationing history read in one query for all its stationings.
 */
class AssistedServiceStationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-06-10 00:30 in Beijing, still 06-09 in UTC: "today" is the deployment's day. */
    private static final Instant NOW = Instant.parse("2026-06-09T16:30:00Z");

    private final AssistedObjects objects = mock(AssistedObjects.class);
    private final Relationships relationships = mock(Relationships.class);
    private final Stationings stationings = mock(Stationings.class);
    private final History history = mock(History.class);
    private final AssistedService service = new AssistedService(objects, mock(Regions.class),
            mock(IndustrialChains.class), relationships, stationings, mock(Members.class), mock(Memberships.class),
            history, mock(ApplicationEventPublisher.class), Clock.fixed(NOW, ZONE));

    private final Scope subTeam = new Scope(5L, "subteam", Role.SUB_TEAM_LEADER, 2L, "/1/2/", null, null);
    private final Scope admin = new Scope(1L, "admin", Role.ORG_ADMIN, null, null, null, null);

    @Test
    void aSubTeamLeaderStationsOnlyWhileAGroupOfTheirsIsPairedWithTheVillageToday() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        when(relationships.pairedInPath(eq(40L), eq("/1/2/"))).thenReturn(true);
        when(relationships.pairedInPathOn(40L, "/1/2/", today)).thenReturn(false);
        assertThat(service.canStation(subTeam, 40L)).as("paired once, the term over").isFalse();

        when(relationships.pairedInPathOn(41L, "/1/2/", today)).thenReturn(true);
        assertThat(service.canStation(subTeam, 41L)).as("paired today").isTrue();
        assertThat(service.canStation(admin, 40L)).as("the org admin").isTrue();
        verify(relationships, never()).pairedInPath(anyLong(), eq("/1/2/"));
    }

    @Test
    void theVillagesStationingHistoryIsOneQueryForAllItsStationings() {
        AssistedObject village = withId(new AssistedObject(AssistedKind.VILLAGE, "青山村", "V1"), 40L);
        when(objects.findById(40L)).thenReturn(Optional.of(village));
        Stationing first = withId(new Stationing(village, mock(Member.class), LocalDate.of(2024, 1, 1)), 7L);
        Stationing second = withId(new Stationing(village, mock(Member.class), LocalDate.of(2025, 1, 1)), 8L);
        Stationing third = withId(new Stationing(village, mock(Member.class), LocalDate.of(2026, 1, 1)), 9L);
        when(stationings.ofObject(40L)).thenReturn(List.of(third, second, first));
        HistoryEntry ended = new HistoryEntry(7L, Instant.parse("2025-01-01T00:00:00Z"), "admin", "UPDATE", List.of());
        HistoryEntry stationed = new HistoryEntry(8L, Instant.parse("2024-12-31T00:00:00Z"), "admin", "CREATE",
                List.of());
        HistoryEntry created = new HistoryEntry(7L, Instant.parse("2024-01-01T00:00:00Z"), "admin", "CREATE",
                List.of());
        when(history.of(eq(Stationing.class), anyCollection())).thenReturn(List.of(ended, stationed, created));

        Map<Long, List<HistoryEntry>> byStationing = service.stationingHistory(admin, 40L);

        assertThat(byStationing.get(7L)).containsExactly(ended, created);
        assertThat(byStationing.get(8L)).containsExactly(stationed);
        assertThat(byStationing.get(9L)).isEmpty();
        verify(history, times(1)).of(eq(Stationing.class), anyCollection());
        verify(history, never()).of(eq(Stationing.class), anyLong());
    }
}
