package cn.helituan.web.security;

import cn.helituan.web.common.LiveSessions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/** Sessions in this JVM's memory (Spring Security's registry): only where the sessions are not in the database. */
class MemorySessionRegistry extends SessionRegistryImpl implements LiveSessions {

    @Override
    public List<SessionInformation> live() {
        List<SessionInformation> sessions = new ArrayList<>();
        for (Object principal : getAllPrincipals()) {
            sessions.addAll(super.getAllSessions(principal, false));
        }
        return sessions;
    }

    /** As {@link SharedSessionRegistry#getAllSessions}: the request's own session is not among those a sign-in ends. */
    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return SharedSessionRegistry.withoutOwn(super.getAllSessions(principal, includeExpiredSessions));
    }

    @Override
    public List<SessionInformation> live(String username) {
        return live().stream().filter(s -> LiveSessions.username(s).equalsIgnoreCase(username)).toList();
    }
}
