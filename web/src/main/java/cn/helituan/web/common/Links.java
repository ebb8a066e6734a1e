package cn.helituan.web.common;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links back to the current page with changed parameters, relative to the host (proxies rewrite hosts). */
public final class Links {

    private Links() {
    }

    public static UriComponentsBuilder sameRequest(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
