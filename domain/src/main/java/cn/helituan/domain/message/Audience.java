package cn.helituan.domain.message;

import cn.helituan.domain.common.Role;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who a message goes to, as one set of enabled accounts the database selects in one {@code INSERT … SELECT} (never
 * one statement per account): the union of the parts given, each account once, the acting account left out (a
 * person is not told of their own step). Build it from {@link #except} with the parts that apply.
 *
 * @param except      the user name of the account that made the change (left out), or "" for nobody
 * @param username    one account by its user name (the person who logged an activity)
 * @param unitId      accounts scoped to exactly this unit (a group's leader accounts), with {@code unitRoles}
 * @param above       a unit's path: the sub-team leader accounts of the units above it
 * @param objectId    the accounts of an assisted object (a village's first secretary)
 * @param under       a path prefix ("" for the whole deployment): the accounts of {@code underRoles} scoped to a unit
 *                    under it (with "", every account of those roles, first secretaries included)
 * @param pairedUnder a path prefix: the first secretaries (objects' accounts) whose object is paired, on the day
 *                    {@code on}, with a group under it
 */
public record Audience(String except, String username, Long unitId, Set<Role> unitRoles, String above, Long objectId,
                       String under, Set<Role> underRoles, String pairedUnder, LocalDate on) {

    public Audience {
        unitRoles = unitRoles == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(withNone(unitRoles)));
        underRoles = underRoles == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(withNone(underRoles)));
    }

    private static Set<Role> withNone(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
    }

    /** Nobody yet; the account acting ({@code username}, null for the system) is never told. */
    public static Audience except(String username) {
        return new Audience(username == null ? "" : username, null, null, null, null, null, null, null, null, null);
    }

    public Audience user(String name) {
        return new Audience(except, name, unitId, unitRoles, above, objectId, under, underRoles, pairedUnder, on);
    }

    public Audience unitAccounts(long unit, Role... roles) {
        return new Audience(except, username, unit, Set.of(roles), above, objectId, under, underRoles, pairedUnder,
                on);
    }

    public Audience subTeamLeadersAbove(String path) {
        return new Audience(except, username, unitId, unitRoles, path, objectId, under, underRoles, pairedUnder, on);
    }

    public Audience objectAccounts(long object) {
        return new Audience(except, username, unitId, unitRoles, above, object, under, underRoles, pairedUnder, on);
    }

    public Audience under(String pathPrefix, Set<Role> roles) {
        return new Audience(except, username, unitId, unitRoles, above, objectId, pathPrefix, roles, pairedUnder, on);
    }

    public Audience secretariesPairedUnder(String pathPrefix, LocalDate day) {
        return new Audience(except, username, unitId, unitRoles, above, objectId, under, underRoles, pathPrefix, day);
    }

    /** Whether no part is given (nobody to tell). */
    public boolean empty() {
        return username == null && (unitId == null || unitRoles.isEmpty()) && above == null && objectId == null
                && (under == null || underRoles.isEmpty()) && pairedUnder == null;
    }
}
