package cn.helituan.web.dashboard;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.dashboard.Dashboard;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.dashboard.Observations;
import cn.helituan.domain.dashboard.PeriodKind;
import cn.helituan.domain.dashboard.StationFiguresReader;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The organization department's dashboard (数据看板) of the reader's scope for a period; every figure links to the
 * list behind it with the same scope and dates.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardController {

    private final DashboardService dashboards;
    private final Observations observations;
    private final SupervisionReading supervision;
    private final StationFiguresReader stationFigures;

    @ModelAttribute("figures")
    Figure[] figures() {
        return Figure.values();
    }

    @ModelAttribute("funds")
    Figure funds() {
        return Figure.FUNDS_SECURED;
    }

    @ModelAttribute("beneficiaries")
    Figure beneficiaries() {
        return Figure.BENEFICIARIES;
    }

    @ModelAttribute("kinds")
    AssistedKind[] kinds() {
        return AssistedKind.values();
    }

    @ModelAttribute("periodKinds")
    PeriodKind[] periodKinds() {
        return PeriodKind.values();
    }

    /**
     * The dashboard of the period asked for. A period that cannot be read (an unknown kind, a year that is no number:
     * {@code typeMismatch.periodForm.*}; the months the wrong way round…: the rule's message) is said on its field,
     * what was typed kept, and this year's figures are shown below; the answer is a 400, as for every address whose
     * parameters cannot be read.
     */
    @FromReplica
    @GetMapping("/dashboard")
    String dashboard(Scope scope, @ModelAttribute("periodForm") PeriodForm periodForm, BindingResult binding,
                     HttpServletResponse response, Model model) {
        Dashboard dashboard = null;
        if (!binding.hasErrors()) {
            try {
                dashboard = dashboards.dashboard(scope, periodForm.params().resolve(dashboards.thisMonth()));
            } catch (RuleViolation bad) {
                Forms.reject(binding, bad);
            }
        }
        if (dashboard == null) {
            if (binding.hasErrors()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            dashboard = dashboards.dashboard(scope, dashboards.defaultPeriod());
        }
        model.addAttribute("d", dashboard);
        model.addAttribute("people", dashboards.people(scope, dashboard.period()));
        model.addAttribute("observations", observations.of(scope, dashboard.period()));
        // the supervision's findings past their deadline and not closed, today: the findings list's overdue count
        model.addAttribute("findingsOverdue", supervision.countOverdue(scope));
        model.addAttribute("station", stationFigures.read(scope, dashboard.period()));
        return "dashboard/dashboard";
    }
}
