package cn.helituan.persistence.account;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaAccounts extends JpaRepository<Account, Long>, Accounts {

    @Override
    @EntityGraph(attributePaths = {"scopeUnit", "scopeObject"})
    @Query("select a from Account a where a.username in :usernames")
    List<Account> withScopesByUsernames(@Param("usernames") java.util.Collection<String> usernames);

    @Override
    @EntityGraph(attributePaths = {"scopeUnit", "scopeObject", "member"})
    Optional<Account> findById(Long id);

    /** The reviewer choices of a round: with their scope units (the admin's scope filters on them). */
    @Override
    @EntityGraph(attributePaths = {"scopeUnit"})
    java.util.List<Account> findByRoleAndEnabledTrueOrderByUsername(cn.helituan.domain.common.Role role);


    /**
     * Read on every request (the signed-in user's scope): lower() matches the unique index account_username_uq, and
     * fetch joins written out (rather than an entity graph) let Hibernate reuse the translated statement.
     */
    @Override
    @Query("""
            select a from Account a
            left join fetch a.scopeUnit left join fetch a.scopeObject left join fetch a.member
            where lower(a.username) = lower(:username)""")
    Optional<Account> findByUsernameIgnoreCase(@Param("username") String username);

    @Override
    @Query("""
            select distinct a.scopeObject.id from Account a
            where a.scopeObject.id in :ids and a.enabled = true and a.role = cn.helituan.domain.common.Role.FIRST_SECRETARY""")
    java.util.Set<Long> objectsWithAccount(@Param("ids") java.util.Collection<Long> objectIds);

    @Override
    @EntityGraph(attributePaths = {"scopeUnit", "scopeObject", "member"})
    @Query(value = """
            select a from Account a left join a.scopeUnit u
            where :prefix = '' or u.path like concat(:prefix, '%') or a.scopeObject is not null
            order by a.displayName, a.username""",
            countQuery = """
            select count(a) from Account a left join a.scopeUnit u
            where :prefix = '' or u.path like concat(:prefix, '%') or a.scopeObject is not null""")
    Page<Account> inScope(@Param("prefix") String pathPrefix, Pageable pageable);

    @Override
    @Query("""
            select a from Account a
            where a.enabled = true and a.role = cn.helituan.domain.common.Role.FIRST_SECRETARY
            and exists (select s from Stationing s
                        where s.object = a.scopeObject and s.member = a.member and s.endsOn < :day)
            and not exists (select s from Stationing s
                            where s.object = a.scopeObject and s.member = a.member and s.startsOn <= :day
                            and (s.endsOn is null or s.endsOn >= :day))
            order by a.id""")
    java.util.List<Account> stationedAccountsEndedBefore(@Param("day") java.time.LocalDate day);
}
