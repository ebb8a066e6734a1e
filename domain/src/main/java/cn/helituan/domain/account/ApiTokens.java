package cn.helituan.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The API tokens; implemented in the persistence module. */
public interface ApiTokens {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findById(Long id);

    /** The token with this hash, with its account. */
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccount_IdOrderByIdDesc(Long accountId);

    /** Notes a use without a new version (a use is not a change of the record). */
    void touch(long id, Instant at);
}
