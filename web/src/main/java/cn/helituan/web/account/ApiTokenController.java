package cn.helituan.web.account;

import cn.helituan.domain.account.ApiTokenService;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An org admin issues and revokes an account's data API tokens on its page. The secret is shown once, in the flash
 * after issuing; a name left out is said on its field there, the name typed kept.
 */
@Controller
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/accounts/{id}/tokens")
    String issue(Scope scope, @PathVariable long id, @RequestParam(required = false) String name,
                 RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.issue(scope, id, name).secret());
            redirect.addFlashAttribute("success", "flash.apiToken.issued");
        } catch (RuleViolation bad) {
            redirect.addFlashAttribute("tokenError", bad.messageKey());
            redirect.addFlashAttribute("tokenName", name);
        }
        return "redirect:/accounts/" + id + "#api-tokens";
    }

    @PostMapping("/accounts/{id}/tokens/{tokenId}/revoke")
    String revoke(Scope scope, @PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(scope, id, tokenId);
        redirect.addFlashAttribute("success", "flash.apiToken.revoked");
        return "redirect:/accounts/" + id + "#api-tokens";
    }
}
