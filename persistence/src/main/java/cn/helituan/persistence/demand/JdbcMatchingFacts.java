package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.MatchingFacts;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The matching suggestions' facts: where every group in scope is paired against the demand's object (read each
 * time), what each brings to the category (members, resolved demands, resources on offer: kept a few minutes per
 * scope and category, the quarter-second part at province scale), and the candidate resources (kept as long;
 * what is left of each is read each time). A member's
 * "text" is their specialty, post and work unit's name; the profiles of Shaanxi's rule are the view {@code
 * member_profile}'s (V75: the one definition the stationing form's suggestions read too). Place compares the
 * regions' paths: "/county/town/village/".
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcMatchingFacts implements MatchingFacts {

    /** The demand's object's region path ("/county/town/village/"), if it has a region. */
    private static final String OBJECT_PATH = """
            select r.path from assisted_object o join region r on r.id = o.region_id where o.id = :object""";

    /**
     * The groups in scope paired with the demand's object, or with an object of the same county (the county's
     * regions by the path index, not every pairing of the province): read on every request.
     */
    private static final String PLACE = """
            with near as (
                select o.id object_id, split_part(reg.path, '/', 3) town
                from region reg join assisted_object o on o.region_id = reg.id
                where cast(:county as text) is not null and reg.path like :county
                union select cast(:object as bigint), null)
            select rel.group_id,
                   bool_or(rel.object_id = :object) paired,
                   bool_or(near.town <> '' and near.town = :town) same_town,
                   bool_or(near.town is not null) same_county
            from near join assistance_relationship rel on rel.object_id = near.object_id
            join unit g on g.id = rel.group_id
            where rel.status = 'ACTIVE' and (cast(:prefix as text) is null or g.path like :prefix)
            group by rel.group_id
            """;

    /**
     * What each group in scope brings to a category, whatever the object: members by keyword and profile, resolved
     * demands of the category, resources on offer. A province's groups are 30,000 memberships and five patterns
     * each (a quarter of a second): kept for {@link #PEOPLE_TTL} per scope and category.
     */
    private static final String PEOPLE = """
            with g as (select u.id, u.name from unit u
                  where u.kind = 'GROUP' and not u.archived and (cast(:prefix as text) is null or u.path like :prefix)),
            people as (
                select s.unit_id group_id,
                       count(*) filter (where s.txt ~ :fit) fitting,
                       count(*) filter (where s.party_affairs) party,
                       count(*) filter (where s.economic) economic,
                       count(*) filter (where s.legal) legal,
                       count(*) filter (where s.science) science
                from (select ms.unit_id, p.profile_text txt, p.party_affairs, p.economic, p.legal, p.science
                      from membership ms join g on g.id = ms.unit_id join member m on m.id = ms.member_id
                      join member_profile p on p.member_id = m.id
                      where ms.left_on is null and not m.archived) s
                group by s.unit_id),
            solved as (
                select p.group_id, count(*) n from project p join demand d on d.id = p.demand_id
                where d.category_id = :category and d.status = 'RESOLVED' group by p.group_id),
            offers as (
                select distinct coalesce(r.group_id, ms.unit_id) group_id
                from resource r left join membership ms on ms.member_id = r.member_id and ms.left_on is null
                where r.category_id = :category and not r.archived and r.allocated < r.capacity
                  and (r.available_to is null or r.available_to >= :today))
            select g.id, g.name, coalesce(people.fitting, 0), coalesce(people.party, 0),
                   coalesce(people.economic, 0), coalesce(people.legal, 0), coalesce(people.science, 0),
                   coalesce(solved.n, 0), offers.group_id is not null
            from g left join people on people.group_id = g.id
            left join solved on solved.group_id = g.id left join offers on offers.group_id = g.id
            """;

    /**
     * How long a scope's and category's people facts and candidate resources are kept: suggestions may count members,
     * or offer resources, a few minutes late (what is left of a resource is read each time).
     */
    static final Duration PEOPLE_TTL = Duration.ofMinutes(5);

    /** Scopes and categories kept at most (a deployment has a few dozen scopes and some ten categories). */
    private static final int KEPT = 500;

    private static final String RESOURCES = """
            select r.id, r.title, coalesce(m.name, g.name, w.name), r.category_id = :category,
                   (r.title || ' ' || coalesce(r.description, '')) ~ :fit, r.capacity, r.capacity - r.allocated,
                   r.capacity_unit, r.available_to,
                   coalesce(r.group_id, (select min(ms.unit_id) from membership ms join unit u on u.id = ms.unit_id
                                         where ms.member_id = r.member_id and ms.left_on is null and u.kind = 'GROUP'))
            from resource r left join member m on m.id = r.member_id left join unit g on g.id = r.group_id
            left join work_unit w on w.id = r.work_unit_id
            where not r.archived and r.allocated < r.capacity
              and (r.available_to is null or r.available_to >= :today)
              and (r.category_id = :category or (r.title || ' ' || coalesce(r.description, '')) ~ :fit)
              and (cast(:prefix as text) is null or r.work_unit_id is not null or g.path like :prefix
                   or exists (select 1 from membership s join unit su on su.id = s.unit_id
                              where s.member_id = r.member_id and s.left_on is null and su.path like :prefix))
            """;

    /** A pattern no text matches (a category without keywords fits nobody by specialty). */
    private static final String NOTHING = "a^";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Kept> cache = new ConcurrentHashMap<>();

    @Override
    public List<GroupFacts> groups(String pathPrefix, long objectId, long categoryId, List<String> keywords,
                                   LocalDate today) {
        MapSqlParameterSource params = params(pathPrefix, categoryId, keywords, today).addValue("object", objectId);
        List<String> path = jdbc.queryForList(OBJECT_PATH, params, String.class);
        String[] ids = path.isEmpty() || path.get(0) == null ? new String[0] : path.get(0).split("/");
        params.addValue("county", ids.length > 1 ? "/" + ids[1] + "/%" : null)
                .addValue("town", ids.length > 2 ? ids[2] : "");
        Map<Long, boolean[]> places = new HashMap<>();
        jdbc.query(PLACE, params, rs -> {
            places.put(rs.getLong(1), new boolean[] {rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)});
        });
        List<GroupFacts> facts = new ArrayList<>();
        for (People p : people(pathPrefix, categoryId, keywords, today, params)) {
            boolean[] place = places.getOrDefault(p.groupId(), NOWHERE);
            facts.add(new GroupFacts(p.groupId(), p.name(), place[0], place[1], place[2], p.fitting(),
                    p.partyAffairs(), p.economic(), p.legal(), p.science(), p.resolvedAlike(), p.offersResources()));
        }
        return facts;
    }

    private static final boolean[] NOWHERE = {false, false, false};

    /** A group's people facts for a category (see {@link #PEOPLE}). */
    private record People(long groupId, String name, int fitting, int partyAffairs, int economic, int legal,
                          int science, int resolvedAlike, boolean offersResources) {
    }

    private record Kept(Instant at, List<?> rows) {
    }

    private List<People> people(String pathPrefix, long categoryId, List<String> keywords, LocalDate today,
                                MapSqlParameterSource params) {
        String key = "p|" + pathPrefix + "|" + categoryId + "|" + String.join(",", keywords) + "|" + today;
        return kept(key, () -> jdbc.query(PEOPLE, params, (rs, i) -> new People(rs.getLong(1), rs.getString(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                rs.getBoolean(9))));
    }

    @Override
    public List<ResourceFacts> resources(String pathPrefix, long categoryId, List<String> keywords, LocalDate today) {
        MapSqlParameterSource params = params(pathPrefix, categoryId, keywords, today);
        String key = "r|" + pathPrefix + "|" + categoryId + "|" + String.join(",", keywords) + "|" + today;
        return kept(key, () -> jdbc.query(RESOURCES, params, (rs, i) -> {
            Date to = rs.getDate(9);
            Long home = rs.getObject(10) == null ? null : rs.getLong(10);
            return new ResourceFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    rs.getBoolean(5), rs.getBigDecimal(6), rs.getBigDecimal(7), CapacityUnit.valueOf(rs.getString(8)),
                    to == null ? null : to.toLocalDate(), home);
        }));
    }

    @Override
    public Map<Long, java.math.BigDecimal> remaining(java.util.Collection<Long> resourceIds) {
        Map<Long, java.math.BigDecimal> left = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return left;
        }
        // one array parameter (a list would be a placeholder per id, parsed anew each time)
        String ids = resourceIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        jdbc.query(REMAINING, new MapSqlParameterSource("ids", ids), rs -> {
            left.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        return left;
    }

    /** The candidates still on offer (not archived, capacity left) with what is left of each. */
    private static final String REMAINING = """
            select id, capacity - allocated from resource
            where id = any(cast(:ids as bigint[])) and not archived and allocated < capacity
            """;

    @SuppressWarnings("unchecked")
    private <T> List<T> kept(String key, java.util.function.Supplier<List<T>> read) {
        Instant now = clock.instant();
        Kept kept = cache.get(key);
        if (kept != null && kept.at().plus(PEOPLE_TTL).isAfter(now)) {
            return (List<T>) kept.rows();
        }
        List<T> rows = List.copyOf(read.get());
        if (cache.size() >= KEPT) {
            cache.clear();
        }
        cache.put(key, new Kept(now, rows));
        return rows;
    }

    private static MapSqlParameterSource params(String pathPrefix, long categoryId, List<String> keywords,
                                                LocalDate today) {
        return new MapSqlParameterSource().addValue("prefix", pathPrefix == null ? null : pathPrefix + "%")
                .addValue("category", categoryId).addValue("fit", pattern(keywords))
                .addValue("today", Date.valueOf(today));
    }

    /** The keywords as one alternation, each quoted. */
    static String pattern(List<String> keywords) {
        return keywords.isEmpty() ? NOTHING
                : keywords.stream().map(k -> k.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"))
                        .collect(Collectors.joining("|"));
    }
}
