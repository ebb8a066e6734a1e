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
            sessions.addAll(getAllSessions(principal, false));
        }
        return sessions;
    }

    @Override
    public List<SessionInformation> live(String username) {
        return live().stream().filter(s -> LiveSessions.username(s).equalsIgnoreCase(username)).toList();
    }
}
