package cn.helituan.web.common;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.web.common.RequestLimits.Limit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of a request over a limit ({@link RequestLimitFilter} forwards it here): which limit, in the user's words
 * and language, with "返回修改", which goes back in the browser's history ({@code limits.js}), so the form comes back
 * as it was typed. Reached only by that forward: the address asked for directly names nothing (404).
 */
@Controller
class RequestLimitController {

    static final String PATH = "/request-refused";

    private final RequestLimits limits;
    private final ApplicationEventPublisher events;

    RequestLimitController(RequestLimits limits, ApplicationEventPublisher events) {
        this.limits = limits;
        this.events = events;
    }

    /** The page, and the refusal published for the security log (now that the signed-in user is known). */
    @GetMapping(PATH)
    String refused(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        if (!(request.getAttribute(RequestLimitFilter.ATTRIBUTE) instanceof RequestOverLimit refused)) {
            throw new NotFoundException("page", PATH);
        }
        events.publishEvent(refused);
        return page(refused.limit(), limits, request, response, locale, model);
    }

    /** The page for {@code limit}, with its status; also the answer of {@code GlobalControllerAdvice.uploadTooLarge}. */
    static String page(Limit limit, RequestLimits limits, HttpServletRequest request, HttpServletResponse response,
                       Locale locale, Model model) {
        response.setStatus(limit.status().value());
        String back = formPage(request);
        model.addAttribute("limitStatus", limit.status().value());
        model.addAttribute("limitMessage", limits.describe(limit, locale));
        model.addAttribute("backUrl", back);
        // the languages switch on the form's page: this page's own address shows nothing when asked for again
        model.addAttribute("langZhUrl", UriComponentsBuilder.fromUriString(back).replaceQueryParam("lang", "zh-CN")
                .build().toUriString());
        model.addAttribute("langEnUrl", UriComponentsBuilder.fromUriString(back).replaceQueryParam("lang", "en")
                .build().toUriString());
        return "error/limit";
    }

    /**
     * The page the form was on: the {@code Referer}'s path and query when it is this site's (the policy sends it to
     * the same origin only), else the start page. "返回修改" is a link to it for a browser without JavaScript.
     */
    static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                        && uri.getRawPath() != null && uri.getRawPath().startsWith("/")
                        && !uri.getRawPath().startsWith("//") && !uri.getRawPath().contains("\\")) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not an address: the start page
            }
        }
        return request.getContextPath() + "/";
    }
}
