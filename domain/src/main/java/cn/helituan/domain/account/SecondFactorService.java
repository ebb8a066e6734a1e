package cn.helituan.domain.account;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a sign-in (issue 21): a TOTP authenticator ({@link Totp}) enrolled at the first sign-in, and ten
 * single-use recovery codes for a lost phone. Which accounts must use it is the web layer's rule
 * ({@code SecondFactorRule}); this service keeps the secrets and checks the codes. Wrong codes are counted with the
 * sign-in failures ({@link LoginThrottle#secondFactorFailed}).
 */
@Service
@RequiredArgsConstructor
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final RecoveryCodes recoveryCodes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return account(username).hasSecondFactor();
    }

    /**
     * The first code from the authenticator confirms the enrolment of the secret shown (kept by the web session until
     * then, never stored unconfirmed); the answer is the recovery codes, shown once.
     */
    @Transactional
    public List<String> confirm(String username, String secret, String code) {
        Account account = account(username);
        if (account.hasSecondFactor()) {
            throw new RuleViolation("code", "secondFactor.alreadyEnrolled");
        }
        OptionalLong step = Totp.match(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new RuleViolation("code", "secondFactor.code.wrong");
        }
        account.startSecondFactor(secret);
        account.confirmSecondFactor(step.getAsLong(), clock.instant());
        events.publishEvent(new SecondFactorChanged(account.getUsername(), SecondFactorChanged.Kind.ENROLLED));
        return newRecoveryCodes(account);
    }

    /**
     * Whether the code is the authenticator's for now (and not used before) or one of the unused recovery codes, which
     * is then used up. What was used is told to listeners (the login log).
     */
    @Transactional
    public boolean verify(String username, String code) {
        Account account = account(username);
        if (!account.hasSecondFactor() || code == null) {
            return false;
        }
        OptionalLong step = Totp.match(account.getTotpSecret(), code, clock.instant(), account.getTotpLastStep());
        if (step.isPresent()) {
            account.usedSecondFactorStep(step.getAsLong());
            return true;
        }
        String normal = normalRecoveryCode(code);
        if (normal.length() == 10 && recoveryCodes.use(account.getId(), sha256(normal), clock.instant())) {
            events.publishEvent(new SecondFactorChanged(account.getUsername(),
                    SecondFactorChanged.Kind.RECOVERY_CODE_USED));
            return true;
        }
        return false;
    }

    /** A new set of recovery codes for the signed-in user (the old ones stop working); shown once. */
    @Transactional
    public List<String> renewRecoveryCodes(String username) {
        Account account = account(username);
        if (!account.hasSecondFactor()) {
            throw new RuleViolation("code", "secondFactor.notStarted");
        }
        return newRecoveryCodes(account);
    }

    /** Whether the account has enrolled, since when (in the deployment's zone), and its unused recovery codes. */
    @Transactional(readOnly = true)
    public State state(String username) {
        Account account = account(username);
        return new State(account.hasSecondFactor(), account.getTotpConfirmedAt() == null ? null
                : java.time.LocalDateTime.ofInstant(account.getTotpConfirmedAt(), clock.getZone()),
                account.hasSecondFactor() ? recoveryCodes.unused(account.getId()) : 0);
    }

    public record State(boolean enrolled, java.time.LocalDateTime confirmedAt, int unusedRecoveryCodes) {
    }

    /** The admin's reset of an account in scope (a lost phone): its next sign-in enrols again. */
    @Transactional
    public Account reset(Scope scope, long id, long version) {
        scope.requireAccounts();
        Account account = accounts.findById(id)
                .filter(a -> scope.wholeDeployment() || a.getScopeObject() != null
                        || (a.getScopeUnit() != null && scope.covers(a.getScopeUnit().getPath())))
                .orElseThrow(() -> new NotFoundException("account", id));
        if (account.getRole() == cn.helituan.domain.common.Role.AUDITOR) {
            throw new RuleViolation("role", "account.role.auditorSetUp");
        }
        account.checkVersion(version);
        account.resetSecondFactor();
        recoveryCodes.retire(account.getId(), clock.instant());
        events.publishEvent(new SecondFactorChanged(account.getUsername(), SecondFactorChanged.Kind.RESET));
        // a session already past the second step (the lost phone's) ends too
        events.publishEvent(new CredentialsReplaced(account.getId(), account.getUsername()));
        return account;
    }

    private List<String> newRecoveryCodes(Account account) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            hashes.add(sha256(code.toString()));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        recoveryCodes.replace(account.getId(), hashes, clock.instant());
        return codes;
    }

    private Account account(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow(() -> new NotFoundException("account", username));
    }

    static String normalRecoveryCode(String typed) {
        return typed.strip().replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Told to the login log (and to the web's sessions on a reset). */
    public record SecondFactorChanged(String username, Kind kind) {
        public enum Kind { ENROLLED, RECOVERY_CODE_USED, RESET }
    }
}
