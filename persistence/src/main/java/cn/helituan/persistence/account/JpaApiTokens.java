package cn.helituan.persistence.account;

import cn.helituan.domain.account.ApiToken;
import cn.helituan.domain.account.ApiTokens;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaApiTokens extends JpaRepository<ApiToken, Long>, ApiTokens {

    /** Read on every API request: the token_hash unique index, with the account whose scope answers. */
    @Override
    @EntityGraph(attributePaths = "account")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Override
    @EntityGraph(attributePaths = "account")
    Optional<ApiToken> findById(Long id);

    @Override
    List<ApiToken> findByAccount_IdOrderByIdDesc(Long accountId);

    @Override
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    void touch(@Param("id") long id, @Param("at") Instant at);
}
