package cn.helituan.web.history;

import cn.helituan.domain.history.PersonNames;
import java.util.Collection;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * People's names where a record keeps a user name (who raised, confirmed, approved, published…), for the templates:
 * {@code ${@people.name(demand.createdBy)}} for a page that shows one, and for a page that shows several (a list, a
 * record's parts) the names read once, {@code th:with="names=${@people.names(rows.![createdBy])}"}, then
 * {@code ${names.of(r.createdBy)}} — one query for the page, not one per row. The account's display name, else the
 * user name as it is (no account any more, "system").
 */
@Component("people")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class People {

    private final PersonNames personNames;

    public String name(String username) {
        return username == null ? null : personNames.of(List.of(username)).of(username);
    }

    public PersonNames.Names names(Collection<String> usernames) {
        return personNames.of(usernames);
    }

    /** The names of two columns of the same rows (who issued and who revoked), in one query. */
    public PersonNames.Names names(Collection<String> usernames, Collection<String> more) {
        List<String> all = new java.util.ArrayList<>(usernames);
        all.addAll(more);
        return personNames.of(all);
    }
}
