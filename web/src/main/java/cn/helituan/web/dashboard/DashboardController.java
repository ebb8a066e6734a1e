package cn.helituan.web.dashboard;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.dashboard.Dashboard;
import cn.helituan.domain.dashboard.DashboardPage;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.dashboard.Period;
import cn.helituan.domain.dashboard.PeriodKind;
import cn.helituan.domain.dashboard.UnitOutcomes;
import cn.helituan.web.common.Forms;
import cn.helituan.web.kept.KeptFragments;
import cn.helituan.web.security.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organization department's dashboard (数据看板) of the reader's scope for a period; every figure links to the
 * list behind it with the same scope and dates.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardController {

    /** How many units the dashboard's table and chart show (the whole table is a page of its own). */
    static final int UNITS_SHOWN = 20;

    private final DashboardService dashboards;
    private final DashboardPage page;
    private final KeptFragments kept;

    @ModelAttribute("funds")
    Figure funds() {
        return Figure.FUNDS_SECURED;
    }

    @ModelAttribute("beneficiaries")
    Figure beneficiaries() {
        return Figure.BENEFICIARIES;
    }

    @ModelAttribute("periodKinds")
    PeriodKind[] periodKinds() {
        return PeriodKind.values();
    }

    /**
     * The dashboard of the period asked for. A period that cannot be read (an unknown kind, a year that is no number:
     * {@code typeMismatch.periodForm.*}; the months the wrong way round…: the rule's message) is said on its field,
     * what was typed kept, and this year's figures are shown below; the answer is a 400, as for every address whose
     * parameters cannot be read. Of the units' table (a province's 305 sub-teams) the page shows the {@link
     * #UNITS_SHOWN} that reported most and links to the whole table ({@code /dashboard/units}).
     */
    @FromReplica
    @GetMapping("/dashboard")
    String dashboard(Scope scope, @ModelAttribute("periodForm") PeriodForm periodForm, BindingResult binding,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        DashboardPage.Parts parts = read(periodForm, binding, response, period -> page.read(scope, period));
        Dashboard dashboard = parts.dashboard();
        model.addAttribute("d", dashboard);
        Map<String, Object> figures = new HashMap<>();
        figures.put("d", dashboard);
        figures.put("units", mostReported(dashboard.byUnit()));
        figures.put("allUnits", link(request, "/dashboard/units", dashboard.period()));
        figures.put("people", parts.people());
        figures.put("observations", parts.observations());
        figures.put("findingsOverdue", parts.findingsOverdue());
        figures.put("station", parts.station());
        figures.put("figures", List.of(Figure.values()));
        figures.put("funds", Figure.FUNDS_SECURED);
        figures.put("beneficiaries", Figure.BENEFICIARIES);
        figures.put("kinds", List.of(AssistedKind.values()));
        // the reader's roles: whether a leader's mobile is shown whole (@personal), as the menu is kept by them
        figures.put("viewer", ((Viewer) request.getAttribute(Viewer.ATTRIBUTE)).roles());
        model.addAttribute("figuresText", kept.render("dashboard/dashboard", "figures", figures));
        return "dashboard/dashboard";
    }

    /** The dashboard's whole table of units (sub-teams, or a sub-team's groups) for the period, in the tree's order. */
    @FromReplica
    @GetMapping("/dashboard/units")
    String units(Scope scope, @ModelAttribute("periodForm") PeriodForm periodForm, BindingResult binding,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        UnitTable table = read(periodForm, binding, response,
                period -> new UnitTable(period, dashboards.byUnit(scope, period)));
        model.addAttribute("period", table.period());
        model.addAttribute("units", table.units());
        model.addAttribute("back", link(request, "/dashboard", table.period()));
        return "dashboard/units";
    }

    private record UnitTable(Period period, List<UnitOutcomes> units) {
    }

    /**
     * What {@code reader} gives for the period asked for; for one that cannot be read, the rule said on its field, a
     * 400, and this year's.
     */
    private <T> T read(PeriodForm periodForm, BindingResult binding, HttpServletResponse response,
                       Function<Period, T> reader) {
        if (!binding.hasErrors()) {
            try {
                return reader.apply(periodForm.params().resolve(dashboards.thisMonth()));
            } catch (RuleViolation bad) {
                Forms.reject(binding, bad);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return reader.apply(dashboards.defaultPeriod());
    }

    /** The units that reported most in the period, most first (the tree's order among equals). */
    static List<UnitOutcomes> mostReported(List<UnitOutcomes> units) {
        return units.stream().sorted(Comparator.comparingLong((UnitOutcomes u) -> u.outcomes().reported()).reversed())
                .limit(UNITS_SHOWN).toList();
    }

    /** A dashboard page's address for the period, under the application's context path. */
    private static String link(HttpServletRequest request, String path, Period period) {
        return UriComponentsBuilder.fromPath(request.getContextPath() + path).query(periodQuery(period)).build()
                .toUriString();
    }

    /** The period as the dashboard's address carries it ({@link PeriodParams}). */
    static String periodQuery(Period p) {
        String kind = "period=" + p.kind().name();
        return switch (p.kind()) {
            case YEAR -> kind + "&year=" + p.first().getYear();
            case QUARTER -> kind + "&year=" + p.first().getYear() + "&quarter=" + ((p.first().getMonthValue() + 2) / 3);
            case MONTH -> kind + "&month=" + p.first();
            case CUSTOM -> kind + "&from=" + p.first() + "&to=" + p.last();
        };
    }
}
