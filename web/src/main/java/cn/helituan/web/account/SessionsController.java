package cn.helituan.web.account;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import cn.helituan.web.common.LiveSessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who is signed in now (在线会话), for the org admin: the sessions of the accounts in their scope, from Spring
 * Security's session registry, the last request first; a session may be ended (强制下线), and its next page says why.
 * A session is named by a hash of its id, never the id itself (which would let whoever reads the page act as its
 * owner).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionsController {

    private final LiveSessions registry;
    private final AccountService accounts;

    /** A signed-in session as the page shows it. */
    record Online(String handle, Account account, java.util.Date lastRequest, boolean mine, SessionInformation info) {
    }

    @GetMapping("/accounts/sessions")
    String list(Scope scope, HttpSession current, Model model) {
        model.addAttribute("sessions", online(scope, current.getId()));
        return "accounts/sessions";
    }

    @PostMapping("/accounts/sessions/{handle}/end")
    String end(Scope scope, @PathVariable String handle, HttpSession current, RedirectAttributes redirect) {
        Online session = online(scope, current.getId()).stream().filter(s -> s.handle().equals(handle)).findFirst()
                .orElseThrow(() -> new NotFoundException("session", handle));
        if (session.mine()) {
            throw RuleViolation.global("accounts.sessions.mine");
        }
        // the registry's own SessionInformation ends it where it is kept (the database's sessions, every instance's)
        SessionInformation kept = registry.getSessionInformation(session.info().getSessionId());
        if (kept != null) {
            kept.expireNow();
        }
        redirect.addFlashAttribute("success", "flash.account.sessionEnded");
        return "redirect:/accounts/sessions";
    }

    /** The live sessions of the accounts in the scope, the last request first (one query for the accounts). */
    private List<Online> online(Scope scope, String currentId) {
        List<SessionInformation> sessions = registry.live();
        Set<String> names = new HashSet<>();
        sessions.forEach(s -> names.add(LiveSessions.username(s)));
        java.util.Map<String, Account> visible = new java.util.HashMap<>();
        accounts.visibleAmong(scope, names).forEach(a -> visible.put(a.getUsername(), a));
        return sessions.stream()
                .filter(s -> visible.containsKey(LiveSessions.username(s)))
                .sorted(Comparator.comparing(SessionInformation::getLastRequest).reversed())
                .map(s -> new Online(handle(s.getSessionId()), visible.get(LiveSessions.username(s)),
                        s.getLastRequest(), s.getSessionId().equals(currentId), s))
                .toList();
    }

    static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
