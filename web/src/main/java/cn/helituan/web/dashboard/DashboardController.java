package cn.helituan.web.dashboard;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.dashboard.Dashboard;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.dashboard.PeriodKind;
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
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

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

    @GetMapping("/dashboard")
    String dashboard(Scope scope, PeriodParams params, BindingResult binding, Model model) {
        Dashboard dashboard;
        try {
            if (binding.hasErrors()) {
                // ?period=WEEK, ?year=abc: said on the field like a period that makes no sense
                throw new RuleViolation(binding.getFieldErrors().get(0).getField(), "dashboard.period.unreadable");
            }
            dashboard = dashboards.dashboard(scope, params.resolve(dashboards.thisMonth()));
        } catch (RuleViolation bad) {
            // a period that cannot be read: the message on its field, this year's figures below
            model.addAttribute("periodError", bad.messageKey());
            model.addAttribute("periodErrorField", bad.field());
            dashboard = dashboards.dashboard(scope, dashboards.defaultPeriod());
        }
        model.addAttribute("d", dashboard);
        model.addAttribute("params", params);
        model.addAttribute("scope", scope);
        model.addAttribute("charts", new Charts(dashboard));
        return "dashboard/dashboard";
    }
}
