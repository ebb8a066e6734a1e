package cn.helituan.web.security;

import cn.helituan.web.kept.KeptFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who looks at the page, for the layout's menu: signed in or not, the username and the person's name (the menu shows
 * the name, the user name in its title), and the two roles the menu depends
 * (and the register) depends on. Read once per request from the security context and put in the request as {@code viewer}; the layout used
 * {@code sec:authorize}, which parsed and evaluated a security expression per menu entry (a tenth of every page's
 * cost, docs/performance.md). Only for display: every rule is enforced by the security configuration and services.
 */
public record Viewer(boolean signedIn, String username, boolean orgAdmin, boolean firstSecretary, boolean reviewer,
                     boolean member, boolean subTeamLeader, boolean inspector, String displayName,
                     boolean auditor) {

    public static final String ATTRIBUTE = "viewer";
    private static final Viewer ANONYMOUS = new Viewer(false, "", false, false, false, false, false, false, "", false);

    static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        boolean admin = false;
        boolean secretary = false;
        boolean reviewer = false;
        boolean member = false;
        boolean subTeamLeader = false;
        boolean inspector = false;
        boolean auditor = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            admin |= "ROLE_ORG_ADMIN".equals(authority.getAuthority());
            secretary |= "ROLE_FIRST_SECRETARY".equals(authority.getAuthority());
            reviewer |= "ROLE_REVIEWER".equals(authority.getAuthority());
            member |= "ROLE_MEMBER".equals(authority.getAuthority());
            subTeamLeader |= "ROLE_SUB_TEAM_LEADER".equals(authority.getAuthority());
            inspector |= "ROLE_INSPECTOR".equals(authority.getAuthority());
            auditor |= "ROLE_AUDITOR".equals(authority.getAuthority());
        }
        // the person's name for the menu (kept with the login); the user name when the principal has none
        String name = authentication.getPrincipal() instanceof AccountUser account
                && account.getDisplayName() != null && !account.getDisplayName().isBlank()
                ? account.getDisplayName() : authentication.getName();
        return new Viewer(true, authentication.getName(), admin, secretary, reviewer, member, subTeamLeader, inspector,
                name, auditor);
    }

    /** The roles alone, without the names: what the menu's entries depend on (web/layout/PageChrome keeps menus by it). */
    public Viewer roles() {
        return new Viewer(signedIn, "", orgAdmin, firstSecretary, reviewer, member, subTeamLeader, inspector, "",
                auditor);
    }

    /** Whether the menu offers the dashboard (DashboardService decides on the server): not to plain members. */
    public boolean readsDashboard() {
        return signedIn && !firstSecretary && !member;
    }

    /** Whether the menu offers the register of assisted objects (Scope#canReadRegister decides on the server). */
    public boolean readsRegister() {
        return orgAdmin || reviewer;
    }

    /**
     * Whether the menu offers the daily check-in (驻村打卡): to the cadres who may be stationed — first secretaries and
     * the accounts of the roster's people (a work-team member may lead a group) — not to the organization
     * department's administrators and reviewers, who are never stationed (CheckInService decides on the server).
     */
    public boolean checksIn() {
        return signedIn && !orgAdmin && !reviewer && !inspector;
    }

    /**
     * Whether the menu offers the stationing register (驻村名册): to those who read more than a record of their own
     * (administrators, reviewers, sub-team leaders) and to first secretaries (their own record). A group leader or a
     * member stationed in a work team reaches their record from the check-in page.
     */
    public boolean readsStationings() {
        return orgAdmin || reviewer || subTeamLeader || firstSecretary;
    }

    /**
     * Whether the menu offers supervision (督导检查): to the roles of the team tree who inspect, answer or read the
     * findings (the lists are filtered by scope; plans only to org admins and inspectors), not to first secretaries
     * nor to plain members, who answer nothing (their group's leader does).
     */
    public boolean readsSupervision() {
        return signedIn && !firstSecretary && !member;
    }

    /** Whether the supervision entry opens the plans (org admins, inspectors) rather than the findings (the rest). */
    public boolean readsSupervisionPlans() {
        return orgAdmin || inspector;
    }

    /** Puts the viewer in every request that reaches a controller, an exception handler or the error page. */
    public static final class Interceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Viewer viewer = of(SecurityContextHolder.getContext().getAuthentication());
            request.setAttribute(ATTRIBUTE, viewer);
            // every text kept for equal values is keyed by the reader's roles too
            request.setAttribute(KeptFragments.READER, viewer.roles());
            return true;
        }
    }
}
