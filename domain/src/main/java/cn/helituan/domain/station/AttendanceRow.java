package cn.helituan.domain.station;

import cn.helituan.domain.assisted.StationRole;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stationing's line of a month's attendance sheet: the village, the cadre, the figures, the subsidy a day, and
 * the village's approval of the month (null: not approved) with the village's figures now and as approved
 * ({@link AttendanceService#snapshot} form), so a change since shows.
 */
public record AttendanceRow(long stationingId, long objectId, String objectName, long memberId, String memberName,
                            StationRole role, BigDecimal subsidyPerDay, AttendanceFigures figures,
                            String approvedBy, Instant approvedAt, String approvedFigures, String villageFigures) {

    public BigDecimal subsidy() {
        return figures.subsidy(subsidyPerDay);
    }

    public boolean approved() {
        return approvedBy != null;
    }

    public boolean changedSinceApproval() {
        return approvedBy != null && !approvedFigures.equals(villageFigures);
    }

    /** This stationing's figures when the village's month was approved (null: not approved, or not on it then). */
    public AttendanceFigures asApproved() {
        if (approvedFigures == null) {
            return null;
        }
        for (String part : approvedFigures.split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0 && Long.parseLong(part.substring(0, colon)) == stationingId) {
                return AttendanceFigures.parse(part.substring(colon + 1));
            }
        }
        return null;
    }
}
