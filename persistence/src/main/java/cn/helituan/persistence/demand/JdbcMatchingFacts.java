package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.MatchingFacts;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The matching suggestions' facts in one statement for every group and one for the candidate resources. A member's
 * "text" is their specialty, post and work unit's name; the profiles of Shaanxi's rule are read off it, their type
 * and their work unit's kind as docs/matching.md lists (party affairs: 党, 组织, 宣传, 统战; economic: a financial
 * body or state enterprise, an entrepreneur, 经济, 发改, 财政, 金融, 商务, 银行; legal: 法, 律, 司法, 公安, 检察, 信访;
 * science: an expert, agronomist or technician, a university, 科技, 科学, 技术, 研究, 农技). Place compares the
 * regions' paths: "/county/town/village/".
 */
@Repository
class JdbcMatchingFacts implements MatchingFacts {

    private static final String GROUPS = """
            with obj as (
                select o.id, coalesce(split_part(r.path, '/', 2), '') county,
                       coalesce(split_part(r.path, '/', 3), '') town
                from assisted_object o left join region r on r.id = o.region_id where o.id = :object),
            g as (select u.id, u.name from unit u
                  where u.kind = 'GROUP' and not u.archived and (cast(:prefix as text) is null or u.path like :prefix)),
            place as (
                select rel.group_id,
                       bool_or(rel.object_id = obj.id) paired,
                       bool_or(obj.town <> '' and split_part(reg.path, '/', 3) = obj.town) same_town,
                       bool_or(obj.county <> '' and split_part(reg.path, '/', 2) = obj.county) same_county
                from assistance_relationship rel cross join obj
                join assisted_object o on o.id = rel.object_id left join region reg on reg.id = o.region_id
                where rel.status = 'ACTIVE' group by rel.group_id),
            people as (
                select s.unit_id group_id,
                       count(*) filter (where s.txt ~ :fit) fitting,
                       count(*) filter (where s.txt ~ '党|组织|宣传|统战') party,
                       count(*) filter (where s.wkind in ('FINANCIAL', 'STATE_ENTERPRISE') or s.type = 'ENTREPRENEUR'
                                        or s.txt ~ '经济|发改|财政|金融|商务|银行') economic,
                       count(*) filter (where s.txt ~ '法|律|司法|公安|检察|信访') legal,
                       count(*) filter (where s.type in ('EXPERT', 'AGRONOMIST', 'TECHNICIAN') or s.wkind = 'UNIVERSITY'
                                        or s.txt ~ '科技|科学|技术|研究|农技') science
                from (select ms.unit_id, m.type, w.kind wkind,
                             coalesce(m.specialty, '') || ' ' || coalesce(m.post, '') || ' ' || coalesce(w.name, '') txt
                      from membership ms join g on g.id = ms.unit_id join member m on m.id = ms.member_id
                      left join work_unit w on w.id = m.work_unit_id
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
            select g.id, g.name, coalesce(place.paired, false), coalesce(place.same_town, false),
                   coalesce(place.same_county, false), coalesce(people.fitting, 0), coalesce(people.party, 0),
                   coalesce(people.economic, 0), coalesce(people.legal, 0), coalesce(people.science, 0),
                   coalesce(solved.n, 0), offers.group_id is not null
            from g left join place on place.group_id = g.id left join people on people.group_id = g.id
            left join solved on solved.group_id = g.id left join offers on offers.group_id = g.id
            """;

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

    JdbcMatchingFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GroupFacts> groups(String pathPrefix, long objectId, long categoryId, List<String> keywords,
                                   LocalDate today) {
        MapSqlParameterSource params = params(pathPrefix, categoryId, keywords, today).addValue("object", objectId);
        return jdbc.query(GROUPS, params, (rs, i) -> new GroupFacts(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                rs.getBoolean(4), rs.getBoolean(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getBoolean(12)));
    }

    @Override
    public List<ResourceFacts> resources(String pathPrefix, long categoryId, List<String> keywords, LocalDate today) {
        return jdbc.query(RESOURCES, params(pathPrefix, categoryId, keywords, today), (rs, i) -> {
            Date to = rs.getDate(9);
            long home = rs.getLong(10);
            return new ResourceFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    rs.getBoolean(5), rs.getBigDecimal(6), rs.getBigDecimal(7), CapacityUnit.valueOf(rs.getString(8)),
                    to == null ? null : to.toLocalDate(), rs.wasNull() ? null : home);
        });
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
