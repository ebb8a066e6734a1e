package cn.helituan.web.security;

import cn.helituan.domain.account.LoginThrottle;
import cn.helituan.domain.account.SecondFactorService;
import cn.helituan.domain.account.Totp;
import cn.helituan.domain.audit.AuditKind;
import cn.helituan.web.common.Forms;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a sign-in for the accounts {@link SecondFactorRule} names: the first time, enrolment (a QR code
 * for the authenticator app, drawn here, and the recovery codes shown once); after that, the app's six digits or a
 * recovery code. A right code adds {@link SecondFactorRule#TOTP_AUTHORITY} to the signed-in user, which Spring
 * Security's multi-factor authorization asks for on every other page; five wrong ones within the window end the
 * session ({@link LoginThrottle#secondFactorFailed}).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SecondFactorController {

    static final String PATH = "/login/second-factor";
    private static final String FORM = "second-factor";
    private static final String ENROL = "second-factor-enrol";
    private static final String CODES = "recoveryCodes";
    private static final String PENDING = SecondFactorController.class.getName() + ".pending";

    private final SecondFactorService factors;
    private final SecondFactorRule rule;
    private final LoginThrottle throttle;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    @GetMapping(PATH)
    String form(Authentication user, Model model) {
        if (!asked(user)) {
            return "redirect:/";
        }
        if (!factors.enrolled(user.getName())) {
            return "redirect:" + PATH + "/enrol";
        }
        model.addAttribute("secondFactorForm", new SecondFactorForm());
        return FORM;
    }

    @PostMapping(PATH)
    String verify(Authentication user, @Valid @ModelAttribute("secondFactorForm") SecondFactorForm form,
                  BindingResult result, HttpServletRequest request, HttpServletResponse response)
            throws InterruptedException {
        if (!asked(user)) {
            return "redirect:/";
        }
        String name = user.getName();
        if (result.hasErrors()) {
            return FORM;
        }
        // the attempt is counted before the code is checked (as a failure until it succeeds), so that parallel
        // guesses each see their own count and no burst of them gets past the fifth
        int attempts = throttle.secondFactorFailed(name);
        if (attempts > LoginThrottle.SECOND_FACTOR_TRIES) {
            audit.record(AuditKind.SECOND_FACTOR_BLOCKED, name, request, null);
            return signedOut(request);
        }
        if (factors.verify(name, form.getCode())) {
            throttle.secondFactorSucceeded(name);
            audit.record(AuditKind.SECOND_FACTOR_PASSED, name, request, null);
            return granted(user, request, response);
        }
        audit.record(AuditKind.SECOND_FACTOR_FAILED, name, request, Integer.toString(attempts));
        if (attempts >= LoginThrottle.SECOND_FACTOR_TRIES) {
            audit.record(AuditKind.SECOND_FACTOR_BLOCKED, name, request, null);
            return signedOut(request);
        }
        Thread.sleep(LoginThrottle.delay(attempts).toMillis());
        result.rejectValue("code", "secondFactor.code.wrongTries",
                new Object[] {LoginThrottle.SECOND_FACTOR_TRIES - attempts}, null);
        return FORM;
    }

    @GetMapping(PATH + "/enrol")
    String enrolForm(Authentication user, Model model, HttpSession session) {
        if (!asked(user)) {
            return "redirect:/";
        }
        if (factors.enrolled(user.getName())) {
            return "redirect:" + PATH;
        }
        model.addAttribute("secondFactorForm", new SecondFactorForm());
        return enrolView(user, model, session);
    }

    @GetMapping(PATH + "/qr.png")
    void qr(Authentication user, HttpSession session, HttpServletResponse response)
            throws IOException, WriterException {
        if (!asked(user) || factors.enrolled(user.getName())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BitMatrix matrix = new QRCodeWriter().encode(uri(user, pendingSecret(session)), BarcodeFormat.QR_CODE, 240,
                240,
                Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store");
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xffffff);
            }
        }
        ImageIO.write(image, "png", response.getOutputStream());
    }

    @PostMapping(PATH + "/enrol")
    String enrol(Authentication user, @Valid @ModelAttribute("secondFactorForm") SecondFactorForm form,
                 BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                 RedirectAttributes redirect, HttpSession session) {
        if (!asked(user)) {
            return "redirect:/";
        }
        if (factors.enrolled(user.getName())) {
            return "redirect:" + PATH;
        }
        enrolView(user, model, session);
        return Forms.submit(result, response, ENROL, () -> {
            List<String> codes = factors.confirm(user.getName(), pendingSecret(session), form.getCode());
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute(CODES, codes);
            redirect.addFlashAttribute("next", granted(user, request, response).substring("redirect:".length()));
            return "redirect:" + PATH + "/codes";
        });
    }

    /** The recovery codes, once, right after enrolment or renewal (a flash attribute: a reload shows them no more). */
    @GetMapping(PATH + "/codes")
    String codes(Model model) {
        if (!model.containsAttribute(CODES)) {
            return "redirect:/";
        }
        if (!model.containsAttribute("next")) {
            model.addAttribute("next", "/account/second-factor");
        }
        return "second-factor-codes";
    }

    /** The signed-in user's own second factor: since when, how many recovery codes are left, a new set. */
    @GetMapping("/account/second-factor")
    String mine(Authentication user, Model model) {
        SecondFactorService.State state = factors.state(user.getName());
        model.addAttribute("enrolled", state.enrolled());
        model.addAttribute("confirmedAt", state.confirmedAt());
        model.addAttribute("unusedCodes", state.unusedRecoveryCodes());
        model.addAttribute("asked", rule.appliesTo(user));
        return "account/second-factor";
    }

    @PostMapping("/account/second-factor/recovery-codes")
    String renew(Authentication user, RedirectAttributes redirect) {
        if (!factors.state(user.getName()).enrolled()) {
            return "redirect:/account/second-factor";
        }
        redirect.addFlashAttribute(CODES, factors.renewRecoveryCodes(user.getName()));
        return "redirect:" + PATH + "/codes";
    }

    /**
     * The secret being enrolled, kept in this session only until its first code confirms it: a secret seen by someone
     * who opened the enrolment page with a stolen password is never the one the account's owner enrols.
     */
    private static String pendingSecret(HttpSession session) {
        String secret = (String) session.getAttribute(PENDING);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING, secret);
        }
        return secret;
    }

    private String enrolView(Authentication user, Model model, HttpSession session) {
        String secret = pendingSecret(session);
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < secret.length(); i += 4) {
            groups.add(secret.substring(i, Math.min(secret.length(), i + 4)));
        }
        model.addAttribute("secretGroups", String.join(" ", groups));
        model.addAttribute("uri", uri(user, secret));
        return ENROL;
    }

    private String uri(Authentication user, String secret) {
        String issuer = messages.getMessage("app.name", null, "helituan", LocaleContextHolder.getLocale());
        return Totp.uri(issuer, user.getName(), secret);
    }

    /** Whether this user is asked for the factor and has not given it yet in this session. */
    private boolean asked(Authentication user) {
        return rule.appliesTo(user) && !SecondFactorRule.hasTotp(user);
    }

    /** The signed-in user gains the factor; a new session id, as after the password; back to the page asked for. */
    private String granted(Authentication user, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorRule.TOTP_AUTHORITY));
        UsernamePasswordAuthenticationToken next =
                UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(), null, authorities);
        next.setDetails(user.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        return saved == null || saved.getRedirectUrl().contains(PATH) ? "redirect:/"
                : "redirect:" + saved.getRedirectUrl();
    }

    private static String signedOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?factorBlocked";
    }
}
