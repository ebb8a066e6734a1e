package cn.helituan.web.security;

import cn.helituan.domain.account.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import javax.imageio.ImageIO;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (the form posts to Spring Security's own /login), with the image challenge when the name last
 * typed or the address has three recent failures ({@link LoginGuard}).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginController {

    private final LoginThrottle throttle;

    @GetMapping("/login")
    String login(HttpServletRequest request, @RequestParam(required = false) String challenge, Model model) {
        HttpSession session = request.getSession(false);
        String name = session == null ? null : (String) session.getAttribute(LoginChallenge.NAME);
        model.addAttribute("lastName", name);
        model.addAttribute("challenge", challenge != null || throttle.challenge(name, request.getRemoteAddr()));
        return "login";
    }

    @GetMapping("/login/challenge.png")
    void challenge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store");
        ImageIO.write(LoginChallenge.next(request.getSession()), "png", response.getOutputStream());
    }
}
