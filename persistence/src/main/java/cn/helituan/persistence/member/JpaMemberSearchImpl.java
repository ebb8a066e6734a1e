package cn.helituan.persistence.member;

import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberType;
import cn.helituan.persistence.common.PageClause;
import cn.helituan.persistence.common.PathRange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The member list's dynamic query, in SQL because its shape follows the indexes (V5): at most two statements per page
 * (rows, count) whatever the filters and the page size; one when searching text, which counts the matches it sorts.
 * <ul>
 *   <li>Text matches {@code member.search_text}, the stored lower(name mobile specialty post): from three characters
 *       on with LIKE, which the trigram index serves; one or two characters (a surname, a given name), which make no
 *       trigram, through the index of single characters and a substring test.</li>
 *   <li>The page's ids are found first, on the (name, id) index of live members, and only those 20 rows are joined
 *       to their work unit, so that page 700 costs an index walk rather than 14,000 joined rows.</li>
 *   <li>A unit filter takes the people with a current membership anywhere under the unit (its groups and
 *       itself), as the team tree counts them.</li>
 *   <li>The whole deployment's live members, unfiltered, are not counted: {@code member_tally} (V6) holds their
 *       number, exact, kept by triggers in the writing transaction.</li>
 * </ul>
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaMemberSearchImpl implements JpaMemberSearch {

    /** One page of rows: the ids (and total) from the matches, then those rows with their work unit. */
    private static final String ROWS = """
            select m.id, m.name, m.gender, w.name as work_unit, m.post, m.rank, m.specialty, m.mobile,
                   m.party_member, m.type, m.archived, page.total, m.id_number
            from (select %s from %s order by m.name, m.id%s) page
            join member m on m.id = page.id
            join work_unit w on w.id = m.work_unit_id
            order by m.name, m.id""";

    /** pg_trgm makes trigrams: shorter text has none to look up. */
    private static final int TRIGRAM = 3;

    private final EntityManager em;
    /** The rows' ID numbers are read in SQL, past the entity's converter: decrypted here. */
    private final FieldCipher cipher;

    @Override
    public java.util.Set<String> mobilesTaken(java.util.Collection<String> mobiles) {
        if (mobiles.isEmpty()) {
            return java.util.Set.of();
        }
        // an array of one parameter: the statement is the same for every batch (no 500 placeholders to build)
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select mobile from member where mobile = any(cast(:mobiles as text[]))")
                .setParameter("mobiles", mobiles.toArray(String[]::new)).getResultList();
        return new java.util.HashSet<>(found);
    }

    @Override
    public Map<String, String> idNumberHolders(java.util.Collection<String> digests) {
        if (digests.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select id_number_digest, mobile from member"
                        + " where not archived and id_number_digest = any(cast(:digests as text[]))")
                .setParameter("digests", digests.toArray(String[]::new)).getResultList();
        Map<String, String> holders = new HashMap<>();
        found.forEach(r -> holders.put((String) r[0], (String) r[1]));
        return holders;
    }

    @Override
    public Page<MemberRow> search(MemberQuery query, String pathPrefix, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!query.includeArchived() && query.on() == null) {
            where.append(" and not m.archived");
        }
        String text = query.text() == null ? "" : query.text().trim();
        if (text.codePointCount(0, text.length()) >= TRIGRAM) {
            where.append(" and m.search_text like lower(:text)");
            params.put("text", "%" + escape(text) + "%");
        } else if (!text.isEmpty()) {
            where.append(" and string_to_array(m.search_text, null) @> string_to_array(lower(:text), null)"
                    + " and strpos(m.search_text, lower(:text)) > 0");
            params.put("text", text);
        }
        if (query.workUnitId() != null) {
            where.append(" and m.work_unit_id = :workUnitId");
            params.put("workUnitId", query.workUnitId());
        }
        if (query.type() != null) {
            where.append(" and m.type = :type");
            params.put("type", query.type().name());
        }
        if (query.partyMember() != null) {
            where.append(" and m.party_member = :party");
            params.put("party", query.partyMember());
        }
        if (query.unitId() != null) {
            // the people with a current membership anywhere in the unit's subtree: the head count the tree shows
            // (sql/team/unit-tree.sql), someone in two of its groups once; on a day, a membership running that day
            where.append(" and m.id in (select s.member_id from unit f join unit u on u.path ~>=~ f.path"
                    + " and u.path ~<~ (left(f.path, -1) || '0') join membership s on s.unit_id = u.id"
                    + " where f.id = :unitId and ")
                    .append(query.on() == null ? "s.left_on is null)"
                            : "s.joined_on <= :on and (s.left_on is null or s.left_on > :on))");
            params.put("unitId", query.unitId());
        }
        if (query.on() != null) {
            // the roster of a day: a membership running that day (in the scope, when there is one)
            boolean path = pathPrefix != null && !pathPrefix.isEmpty();
            where.append(" and exists (select 1 from membership s").append(path ? " join unit u on u.id = s.unit_id" : "")
                    .append(" where s.member_id = m.id and s.joined_on <= :on and (s.left_on is null or s.left_on > :on)")
                    .append(path ? " and u.path ~>=~ :prefix and u.path ~<~ :prefixEnd)" : ")");
            params.put("on", Date.valueOf(query.on()));
        }
        if (pathPrefix != null && !pathPrefix.isEmpty()) {
            // "path like '/1/4/%'" as the range it is, [prefix, prefix with its last character raised): the same
            // rows on the path index, but a plan PostgreSQL can prepare once and reuse, where a LIKE with a bound
            // pattern is planned again on every execution (1-2 ms, more than running it)
            if (query.on() == null) {
                where.append(" and exists (select 1 from membership s join unit u on u.id = s.unit_id"
                        + " where s.member_id = m.id and u.path ~>=~ :prefix and u.path ~<~ :prefixEnd)");
            }
            params.put("prefix", pathPrefix);
            params.put("prefixEnd", PathRange.end(pathPrefix));
        }
        String page = PageClause.of(pageable.getOffset(), pageable.getPageSize());
        Query rows;
        if (text.isEmpty()) {
            // the page is a walk along the (name, id) index of live members; the total is counted apart
            rows = em.createNativeQuery(ROWS.formatted("m.id, 0 as total", "member m" + where, page));
        } else {
            // every match is found first (offset 0 keeps the planner from walking the name index instead: a
            // surname's matches sit together in name order, so a walk that expects them spread evenly may read most
            // of the table before the first), and counted on the way
            rows = em.createNativeQuery(ROWS.formatted("m.id, count(*) over () as total",
                    "(select m.id, m.name from member m" + where + " offset 0) m", page));
        }
        params.forEach(rows::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        List<MemberRow> content = result.stream().map(this::row).toList();
        long total;
        if (!text.isEmpty() && !result.isEmpty()) {
            total = ((Number) result.get(0)[11]).longValue();
        } else if (params.isEmpty() && !query.includeArchived()) {
            // every live member of the deployment: the figure the triggers of V6 keep, not a walk over all of them
            total = ((Number) em.createNativeQuery("select live from member_tally where id = 1").getSingleResult())
                    .longValue();
        } else {
            Query count = em.createNativeQuery("select count(*) from member m" + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new PageImpl<>(content, pageable, total);
    }

    private MemberRow row(Object[] r) {
        return new MemberRow(((Number) r[0]).longValue(), (String) r[1], Gender.valueOf((String) r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], cipher.open((String) r[12]),
                (Boolean) r[8], MemberType.valueOf((String) r[9]), (Boolean) r[10], "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
