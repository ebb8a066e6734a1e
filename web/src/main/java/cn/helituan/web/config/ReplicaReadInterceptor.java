package cn.helituan.web.config;

import cn.helituan.domain.common.ReplicaReads;
import cn.helituan.web.common.FromReplica;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Marks the thread of a GET to a {@link FromReplica} handler for the read replica, and clears it afterwards. */
class ReplicaReadInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod()) && handler instanceof HandlerMethod method
                && method.hasMethodAnnotation(FromReplica.class)) {
            ReplicaReads.allow();
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        ReplicaReads.clear();
    }
}
