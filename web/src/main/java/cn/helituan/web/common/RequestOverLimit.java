package cn.helituan.web.common;

import cn.helituan.web.common.RequestLimits.Limit;

/**
 * A request refused over one of the server's limits ({@link RequestLimitFilter}), published when its page is shown so
 * that the security log records a refused write like any other ({@code security/AuditTrail}): the method and path
 * sent (without the address's parameters, which may be the thousands that passed the limit), the sender's address,
 * the status answered and the limit.
 */
public record RequestOverLimit(String method, String path, String address, int status, Limit limit) {
}
