package cn.helituan.domain.evaluation;

import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.station.AttendanceFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A cadre stationed in one of a group's villages, on the group's entry: their days of the year while the village was
 * paired with the group (summed, the group's attendance figures), and the findings of the year against them.
 */
public record CadreOversight(long stationingId, long objectId, String objectName, long memberId, String memberName,
                             StationRole role, AttendanceFigures days, long findings, long findingsDue,
                             long findingsOnTime) {

    /** Findings rectified by their deadline ÷ findings due, in per cent to one decimal; null with none due. */
    public BigDecimal rectifiedRate() {
        return findingsDue == 0 ? null : BigDecimal.valueOf(findingsOnTime * 100L)
                .divide(BigDecimal.valueOf(findingsDue), 1, RoundingMode.HALF_UP);
    }
}
