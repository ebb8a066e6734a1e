package cn.helituan.web.account;

import cn.helituan.domain.account.ApiTokenService;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An org admin issues and revokes an account's data API tokens on its page. The secret is shown once, in the flash
 * after issuing; a name left out is said on its field there, the name typed kept (the form and its errors go to the
 * account's page in the flash).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiTokenController {

    private final ApiTokenService tokens;

    @PostMapping("/accounts/{id}/tokens")
    String issue(Scope scope, @PathVariable long id, FormKey key, @Valid @ModelAttribute("tokenForm") TokenForm form,
                 BindingResult result, HttpServletResponse response, RedirectAttributes redirect) {
        String back = "redirect:/accounts/" + id + "#api-tokens";
        String view = Forms.submit(result, response, back, () -> {
            // a repeated submission shows the account's tokens, never the secret again
            key.create(scope, "api-token", saved -> "/accounts/" + id + "#api-tokens", () -> {
                ApiTokenService.Issued issued = tokens.issue(scope, id, form.getName());
                redirect.addFlashAttribute("newToken", issued.secret());
                return issued.token().getId();
            });
            redirect.addFlashAttribute("success", "flash.apiToken.issued");
            return back;
        });
        if (result.hasErrors()) {
            redirect.addFlashAttribute("tokenForm", form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "tokenForm", result);
        }
        return view;
    }

    @PostMapping("/accounts/{id}/tokens/{tokenId}/revoke")
    String revoke(Scope scope, @PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(scope, id, tokenId);
        redirect.addFlashAttribute("success", "flash.apiToken.revoked");
        return "redirect:/accounts/" + id + "#api-tokens";
    }
}
