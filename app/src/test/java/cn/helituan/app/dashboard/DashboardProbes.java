package cn.helituan.app.dashboard;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard probed by the outsiders: the industry sub-team's and the tea group's leaders read theirs, without the
 * welfare sub-team, its medical group or the medical group's activities (社区义诊 is the largest count of patients
 * seen); a plain member and a first secretary have none. The dashboard takes no unit or object: its scope is the
 * reader's; so does its whole table of units.
 */
class DashboardProbes implements FeatureProbes {

    private static final List<String> READERS = List.of("subteam", "leader");
    private static final List<String> NOT_READERS = List.of("member", "secretary");

    @Override
    public List<Probe> probes() {
        int year = LocalDate.now().getYear();
        String lastYear = "/dashboard?period=CUSTOM&from=" + (year - 1) + "-01&to=" + year + "-12";
        return new ProbeSet()
                .shownWithout(READERS, "/dashboard", Demo.MEDICAL_GROUP)
                .shownWithout(READERS, "/dashboard", Demo.WELFARE)
                .shownWithout(READERS, lastYear, Demo.MEDICAL_GROUP)
                .shownWithout(READERS, lastYear, "社区义诊")
                .shownWithout(READERS, "/dashboard/units", Demo.MEDICAL_GROUP)
                .shownWithout(READERS, "/dashboard/units", Demo.WELFARE)
                .refused(NOT_READERS, "GET", "/dashboard")
                .refused(NOT_READERS, "GET", "/dashboard/units")
                .probes();
    }
}
