package cn.helituan.domain.dashboard;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.station.AttendanceService;
import cn.helituan.domain.station.CheckInService;
import cn.helituan.domain.station.KeptFigures;
import cn.helituan.domain.station.StationService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link StationFigures} beside the dashboard, with the very queries of the lists they link to (the register,
 * the day's check-ins, the monthly sheet), so each figure is its list's count. Only for readers of the villages'
 * lines (the department, its reviewers, a sub-team leader), as the attention list's missing check-ins.
 */
@Service
@RequiredArgsConstructor
public class StationFiguresReader {

    private static final PageRequest COUNT = PageRequest.of(0, 1);

    private final StationService stations;
    private final CheckInService checkIns;
    private final AttendanceService attendance;
    private final KeptFigures kept;
    private final Clock clock;

    /** The figures of the period's day (today, or a past period's last day); null for whoever reads no villages. */
    @Transactional(readOnly = true)
    public StationFigures read(Scope scope, Period period) {
        if (!attendance.readsVillages(scope)) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = period.structureDay(today);
        YearMonth month = YearMonth.from(day);
        // the lists' own counts, kept while no stationed cadre's record changes (the key: what else they read)
        return new StationFigures(day, month, day.equals(today),
                kept.get(List.of("stationed", KeptFigures.reach(scope), day, today),
                        () -> stations.register(scope, null, null, null, day, COUNT).getTotalElements()),
                kept.get(List.of("checkIns", KeptFigures.reach(scope), day, today),
                        () -> checkIns.ofDay(scope, day, COUNT).getTotalElements()),
                attendance.totals(scope, month, null, false));
    }
}
