package cn.helituan.domain.account;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data API's tokens: an org admin issues them to accounts in their scope and revokes them (AccountService's rule
 * for who manages which account); a request carrying one is answered as its account, with that account's scope,
 * while the token is not revoked and the account is enabled and not locked.
 */
@Service
@RequiredArgsConstructor
public class ApiTokenService {

    /** Every secret starts so, which makes a leaked one easy to recognise (and to search for). */
    public static final String PREFIX = "hlt_";
    private static final int HINT_LENGTH = 10;
    /** A use is noted at most this often, so a program polling the API does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final AccountService accounts;
    private final Clock clock;

    /** A token just issued, with its secret: shown once, never again. */
    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued issue(Scope scope, long accountId, String name) {
        Account account = accounts.get(scope, accountId);
        if (account.getScopeObject() != null && !scope.wholeDeployment()) {
            // a village's account reads its village's activities whichever team works there: only the whole
            // deployment's admin hands its data to a program
            throw new ForbiddenException("token for an object's account");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new RuleViolation("name", "apiToken.name.required");
        }
        if (label.length() > 100) {
            throw new RuleViolation("name", "apiToken.name.tooLong");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(new ApiToken(account, label, hash(secret), secret.substring(0, HINT_LENGTH)));
        return new Issued(token, secret);
    }

    @Transactional
    public ApiToken revoke(Scope scope, long accountId, long tokenId) {
        accounts.get(scope, accountId);
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getAccount().getId() == accountId)
                .orElseThrow(() -> new NotFoundException("apiToken", tokenId));
        token.revoke(scope.username(), clock.instant());
        return token;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(Scope scope, long accountId) {
        accounts.get(scope, accountId);
        return tokens.findByAccount_IdOrderByIdDesc(accountId);
    }

    /**
     * The user name a request carrying this secret acts as; empty for an unknown or revoked token, or an account
     * disabled or locked out.
     */
    @Transactional
    public Optional<String> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(secret))
                .filter(t -> !t.isRevoked() && t.getAccount().isEnabled() && !t.getAccount().isLocked(now))
                .map(t -> {
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
                        tokens.touch(t.getId(), now);
                    }
                    return t.getAccount().getUsername();
                });
    }

    /** The SHA-256 of a secret, in hex: what the table keeps. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
