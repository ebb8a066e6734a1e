package cn.helituan.domain.assisted;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a department files for a stationed cadre (建档): the role, the dispatching unit (派出单位) and post, the planned
 * end of the term, the dispatching unit's commitments ("四个打包": projects, funds, responsibility), the insurance and
 * health check dates and the subsidy standard per day in 元. The member, the village and the start are the
 * stationing's own and are not changed by a record's edit.
 */
public record StationingRecord(StationRole role, Long workUnitId, String post, LocalDate plannedEndOn,
                               String projects, String funds, String responsibility, LocalDate insuredOn,
                               LocalDate healthCheckedOn, BigDecimal subsidyPerDay) {

    /** A first secretary stationed with nothing else filed yet (the object page's short form, the demo). */
    public static StationingRecord firstSecretary() {
        return new StationingRecord(StationRole.FIRST_SECRETARY, null, null, null, null, null, null, null, null, null);
    }
}
