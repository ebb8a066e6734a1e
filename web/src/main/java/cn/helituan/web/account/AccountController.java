package cn.helituan.web.account;

import cn.helituan.domain.account.ApiTokenService;
import cn.helituan.domain.account.LoginThrottle;
import cn.helituan.domain.account.SecondFactorService;
import java.time.Clock;
import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.account.AccountService.NewPassword;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectUse;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Org admins hand out accounts: create (optionally from a member), edit role and scope, reset, lock and unlock. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountController {

    private static final String FORM = "accounts/form";

    private final AccountService accounts;
    private final UnitService units;
    private final MemberService members;
    private final AssistedService assisted;
    private final ApiTokenService tokens;
    private final LoginThrottle throttle;
    private final SecondFactorService secondFactors;
    private final Clock clock;

    /** The roles an org admin hands out: every one but the security auditor's, set up on the server (三员分立). */
    @ModelAttribute("roles")
    Role[] roles() {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.AUDITOR).toArray(Role[]::new);
    }

    @GetMapping("/accounts")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<Account> rows = accounts.page(scope, Pagination.request(page, 30));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        return "accounts/list";
    }

    @GetMapping("/accounts/new")
    String createForm(Scope scope, @RequestParam(required = false) Long member,
                      @RequestParam(required = false) Long object, Model model) {
        scope.requireAccounts();
        AccountForm form = new AccountForm();
        form.setRole(Role.GROUP_LEADER);
        if (object != null) {
            // the village account of a first secretary, from the village's page
            form.setRole(Role.FIRST_SECRETARY);
            form.setScopeObjectId(object);
        }
        if (member != null) {
            Member m = members.get(scope, member);
            form.setMemberId(m.getId());
            form.setDisplayName(m.getName());
            form.setUsername(m.getMobile());
            model.addAttribute("member", m);
        }
        model.addAttribute("accountForm", form);
        return formView(scope, model);
    }

    @PostMapping("/accounts/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("accountForm") AccountForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        formView(scope, model);
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        }
        return Forms.submit(result, response, FORM, () -> {
            // a repeated submission shows the account, never a password again
            long id = key.create(scope, "account", saved -> "/accounts/" + saved, () -> {
                NewPassword created = accounts.create(scope, form.toDetails());
                redirect.addFlashAttribute("newPassword", created.password());
                return created.account().getId();
            });
            redirect.addFlashAttribute("success", "flash.account.created");
            return "redirect:/accounts/" + id;
        });
    }

    @GetMapping("/accounts/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Account account = accounts.get(scope, id);
        model.addAttribute("account", account);
        model.addAttribute("challenged", account.isLocked(clock.instant())
                || throttle.challenge(account.getUsername(), null));
        model.addAttribute("history", accounts.history(scope, id));
        model.addAttribute("tokens", tokens.of(scope, id));
        return "accounts/show";
    }

    @GetMapping("/accounts/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        Account account = accounts.get(scope, id);
        AccountForm form = new AccountForm();
        form.setUsername(account.getUsername());
        form.setDisplayName(account.getDisplayName());
        form.setRole(account.getRole());
        form.setScopeUnitId(account.getScopeUnit() == null ? null : account.getScopeUnit().getId());
        form.setScopeObjectId(account.getScopeObject() == null ? null : account.getScopeObject().getId());
        form.setMemberId(account.getMember() == null ? null : account.getMember().getId());
        form.setVersion(account.getVersion());
        model.addAttribute("accountForm", form);
        model.addAttribute("account", account);
        if (account.getMember() != null) {
            model.addAttribute("member", account.getMember());
        }
        return formView(scope, model);
    }

    @PostMapping("/accounts/{id}/edit")
    String update(Scope scope, @PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Account account = accounts.get(scope, id);
        form.setUsername(account.getUsername());
        model.addAttribute("account", account);
        if (account.getMember() != null) {
            model.addAttribute("member", account.getMember());
        }
        formView(scope, model);
        return Forms.submit(result, response, FORM, () -> {
            accounts.update(scope, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/accounts/" + id;
        });
    }

    @PostMapping("/accounts/{id}/reset-password")
    String resetPassword(Scope scope, @PathVariable long id, @RequestParam long version,
                         RedirectAttributes redirect) {
        NewPassword reset = accounts.resetPassword(scope, id, version);
        redirect.addFlashAttribute("newPassword", reset.password());
        redirect.addFlashAttribute("success", "flash.account.reset");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        accounts.unlock(scope, id, version);
        redirect.addFlashAttribute("success", "flash.account.unlocked");
        return "redirect:/accounts/" + id;
    }

    /** A lost phone: the account enrols its authenticator again at its next sign-in. */
    @PostMapping("/accounts/{id}/second-factor/reset")
    String resetSecondFactor(Scope scope, @PathVariable long id, @RequestParam long version,
                             RedirectAttributes redirect) {
        secondFactors.reset(scope, id, version);
        redirect.addFlashAttribute("success", "flash.account.secondFactorReset");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        accounts.setEnabled(scope, id, version, false);
        redirect.addFlashAttribute("success", "flash.account.disabled");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        accounts.setEnabled(scope, id, version, true);
        redirect.addFlashAttribute("success", "flash.account.enabled");
        return "redirect:/accounts/" + id;
    }

    private String formView(Scope scope, Model model) {
        // a province's units and objects are found by typing (/units/choices, /objects/choices?for=ACCOUNT); the
        // lists keep the chosen ones
        AccountForm form = (AccountForm) model.getAttribute("accountForm");
        model.addAttribute("units", units.formChoices(scope, form == null ? null : form.getScopeUnitId()));
        model.addAttribute("objects", assisted.formChoices(scope, ObjectUse.ACCOUNT,
                form == null ? null : form.getScopeObjectId()));
        return FORM;
    }
}
