package cn.helituan.web.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.Urgency;
import cn.helituan.web.common.Badge;
import cn.helituan.web.common.CodedChoice;
import java.time.LocalDate;

/** A row of the demand list as a value, for its fragment kept as text (web/kept/KeptFragments). */
record DemandListRow(long id, String title, Badge badge, String objectName, CodedChoice category, Urgency urgency,
                     LocalDate wantedBy) {

    static DemandListRow of(Demand d, Badge badge) {
        return new DemandListRow(d.getId(), d.getTitle(), badge, d.getObject().getName(),
                CodedChoice.of(d.getCategory(), d.getCategory().getId()), d.getUrgency(), d.getWantedBy());
    }
}
