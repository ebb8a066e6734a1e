package cn.helituan.web.security;

import cn.helituan.web.common.LiveSessions;
import cn.helituan.domain.account.ApiTokenService;
import cn.helituan.domain.common.Role;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import cn.helituan.domain.account.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Form login with a Chinese login page, BCrypt behind a delegating encoder, CSRF on every form, session fixation
 * protection, and a forced password change after a new or reset password. What a user may see is decided in the
 * services by their scope; here only "signed in or not" and the account pages' role are checked.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /**
     * What a page may load: everything from the product itself (WebJars included), nothing from elsewhere (users sit on
     * intranets), no inline script, no plug-ins, no framing; photos and the drawn challenge may be data/blob images.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Every role but the security auditor's, who opens the security log and their own account pages only. */
    private static final String[] STAFF = Arrays.stream(Role.values()).filter(r -> r != Role.AUDITOR)
            .map(Role::name).toArray(String[]::new);

    /**
     * No Micrometer observation around each of the chain's fifteen filters, each authentication and each authorization
     * decision: nothing reads them (the actuator shows health only) and they were a twentieth of a page's CPU (JFR,
     * docs/performance.md). The request's own observation ({@code http.server.requests}) stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The data API (/api/**): a token (Authorization: Bearer hlt_…) or the browser's session; without either a 401,
     * never the login page; GET only (the controllers map nothing else), so CSRF guards nothing here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, UserDetailsService users,
                                       SessionRegistry sessions)
            throws Exception {
        http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(STAFF))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, users), AnonymousAuthenticationFilter.class)
                // a browser session ended (password changed or reset, a newer sign-in, 强制下线) reads no more here
                // (the filter signs the session out first)
                .addFilterBefore(new ConcurrentSessionFilter(sessions, expired ->
                        expired.getResponse().sendError(HttpStatus.UNAUTHORIZED.value())),
                        AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, AuditTrail audit,
                                           SessionRegistry sessions,
                                           @Value("${helituan.security.sessions-per-account:1}") int sessionsPerAccount)
            throws Exception {
        LoginGuard guard = new LoginGuard(throttle, audit);
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/login/challenge.png", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/error", "/error/**", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        // the page of a request over a limit (common/RequestLimitFilter forwards it there), for
                        // whoever sent it, signed in or not; asked for directly it names nothing (404)
                        .requestMatchers("/request-refused").permitAll()
                        // the second step of a sign-in: signed in by password, the authenticator's code not yet given
                        .requestMatchers(SecondFactorController.PATH, SecondFactorController.PATH + "/**")
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/accounts/**").hasRole("ORG_ADMIN")
                        // 三员分立: the security auditor reads the log and nothing else; nobody else reads it
                        .requestMatchers("/audit", "/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/", "/account/**").authenticated()
                        .anyRequest().hasAnyRole(STAFF))
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(guard)
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // a form sent without its CSRF token is refused by CsrfFilter itself: the log hears of it too
                .csrf(csrf -> csrf.withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(audit.csrfRefusals());
                        return filter;
                    }
                }))
                // a page refused for want of the authenticator's code leads to the second step of the sign-in
                .exceptionHandling(e -> e.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(SecondFactorController.PATH),
                        SecondFactorRule.TOTP_AUTHORITY))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        // a new sign-in ends the oldest session beyond the limit (0 or less: no limit); an ended
                        // session's next request lands on the sign-in page saying why
                        .maximumSessions(sessionsPerAccount > 0 ? sessionsPerAccount : -1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        // scripts only from the product's own files (no inline script or handler anywhere: a
                        // test reads every template); styles may be inline (style attributes, the chart library)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(guard, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Spring Security's multi-factor authorization: every rule of both chains also asks the accounts that see a whole
     * team or sub-team ({@link SecondFactorRule}) for the password and the authenticator's code. Others, the API's
     * tokens and permitted pages are not affected.
     */
    @Bean
    AuthorizationManagerFactory<Object> authorizationManagerFactory(SecondFactorRule rule) {
        return AuthorizationManagerFactories.multiFactor()
                .requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactorRule.TOTP_AUTHORITY)
                .when(rule::appliesTo)
                .build();
    }

    /** Tells the security log of writes the rules refuse ({@link AuditTrail#refused}): refusals only. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * Passwords checked first, the account's state after ({@code preAuthenticationChecks} do nothing): a disabled
     * account is said to be disabled only to whoever typed its right password, so that the answers never tell a real
     * user name from a made-up one. The only provider, so there is no second one to ask again.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /**
     * The signed-in sessions, for the limit per account, ending an account's sessions and 在线会话: those in the
     * database (Spring Session JDBC, every instance's) where Spring Session is configured — the application always —,
     * else this JVM's (the web slice tests).
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    LiveSessions sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<?>> repository,
                                 ObjectProvider<JdbcTemplate> jdbc) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        return sessions == null ? new MemorySessionRegistry()
                : new SharedSessionRegistry((FindByIndexNameSessionRepository) sessions, jdbc.getObject());
    }

    /** Tells the registry when a session ends. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Spring Security's delegating encoder: every hash says which encoder made it ({@code {bcrypt}…},
     * {@code {sm3}…}), so a deployment that changes {@code helituan.security.password-hash} keeps its old passwords
     * working; new and changed passwords are hashed with the one configured — bcrypt by default, SM3
     * ({@link Sm3PasswordEncoder}) where a commercial-cryptography review (密评) asks for it.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${helituan.security.password-hash:bcrypt}") String hash) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put(Sm3PasswordEncoder.ID, new Sm3PasswordEncoder());
        if (!encoders.containsKey(hash)) {
            throw new IllegalStateException("helituan.security.password-hash must be bcrypt or sm3, not " + hash);
        }
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(hash, encoders);
        // hashes of Spring Security's other encoders (none is written by this product) still match
        delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return delegating;
    }
}
