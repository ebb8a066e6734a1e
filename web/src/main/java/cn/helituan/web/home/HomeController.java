package cn.helituan.web.home;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.activity.ActivityAccess;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitNode;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.domain.plan.PlanService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page, which shows the user's scope and its figures. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HomeController {

    private final UnitService units;
    private final MemberService members;
    private final AssistedService assisted;
    private final AccountService accounts;
    private final ActivityListing activities;
    private final DemandListing demands;
    private final PlanService plans;
    private final ActivityAccess activityAccess;
    private final Clock clock;

    @GetMapping("/")
    String home(Scope scope, Model model) {
        if (cn.helituan.domain.audit.AuditService.reads(scope)) {
            return "redirect:/audit";
        }
        model.addAttribute("scope", scope);
        accounts.forLogin(scope.username()).map(Account::getDisplayName)
                .ifPresent(name -> model.addAttribute("displayName", name));
        if (scope.canReadRoster()) {
            List<UnitNode> tree = units.tree(scope);
            model.addAttribute("roots", tree);
            // the scope's unit's people now, as the tree, the dashboard and the roster filtered to the unit count them
            MemberQuery people = scope.unitId() == null ? MemberQuery.all()
                    : new MemberQuery(null, scope.unitId(), null, null, null, false);
            model.addAttribute("memberTotal", members.search(scope, people, PageRequest.of(0, 1)).getTotalElements());
            model.addAttribute("groupTotal", tree.stream().mapToLong(UnitNode::getGroups).sum());
            // the organization department's attention list: what a village disputed
            model.addAttribute("disputedTotal", count(scope, ActivityStatus.DISPUTED));
            // this year's plans: handed in, approved, not handed in by the deadline
            LocalDate today = LocalDate.now(clock);
            int year = today.getYear();
            model.addAttribute("planYear", year);
            model.addAttribute("planTally", plans.tally(scope, year));
            model.addAttribute("planLate", today.isAfter(plans.deadline(year)));
        }
        if ((scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER) && activityAccess.canLog(scope)) {
            // a group's main task, one tap away: the new-activity form, their group already chosen
            model.addAttribute("logActivity", true);
        }
        if (scope.role() == Role.FIRST_SECRETARY && scope.objectId() != null) {
            // what the village has still to confirm
            model.addAttribute("toConfirmTotal", count(scope, ActivityStatus.REPORTED));
        }
        if (demands.readsDemands(scope)) {
            // the shape of Guizhou's "124 collected, 90 resolved", and what waits for this user
            model.addAttribute("demandTally", demands.tally(scope, DemandQuery.all()));
            model.addAttribute("demandsToConfirm", demands.list(scope, new DemandQuery(DemandStatus.SOLVED, false,
                    null, null, false, null, null, null), PageRequest.of(0, 1)).getTotalElements());
        }
        if (scope.objectId() != null) {
            assisted.find(scope.objectId()).ifPresent(o -> model.addAttribute("object", o));
        }
        return "home";
    }

    private long count(Scope scope, ActivityStatus status) {
        return activities.count(scope, ActivityQuery.ofStatus(status));
    }
}
