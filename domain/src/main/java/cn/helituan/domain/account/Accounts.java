package cn.helituan.domain.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface Accounts {

    Optional<Account> findById(Long id);

    <S extends Account> S save(S account);

    Optional<Account> findByUsernameIgnoreCase(String username);


    boolean existsByUsernameIgnoreCase(String username);

    /** The accounts with these user names, with their scopes (one query: the online sessions' page). */
    java.util.List<Account> withScopesByUsernames(java.util.Collection<String> usernames);

    long count();

    /** The enabled accounts of a member scoped to an object (a first secretary's, opened from their stationing). */
    java.util.List<Account> findByScopeObject_IdAndMember_IdAndEnabledTrue(Long objectId, Long memberId);

    /** Those of the objects that an enabled account (a first secretary's or an object's contact's) answers for. */
    java.util.Set<Long> objectsWithAccount(java.util.Collection<Long> objectIds);

    /** Accounts whose scope unit lies under the prefix ("" for all), with their scope loaded; by name (pinyin), then login. */
    Page<Account> inScope(String pathPrefix, Pageable pageable);

    /** The enabled accounts of a role, by username (a round's reviewer choices). */
    java.util.List<Account> findByRoleAndEnabledTrueOrderByUsername(cn.helituan.domain.common.Role role);

    /**
     * Enabled first-secretary accounts whose stationing on their village ended before the day and who are not
     * stationed there again on it: the daily job disables them.
     */
    java.util.List<Account> stationedAccountsEndedBefore(java.time.LocalDate day);
}
