package cn.helituan.persistence.member;

import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberUnit;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.Memberships;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMemberships extends JpaRepository<Membership, Long>, Memberships {

    @Override
    @EntityGraph(attributePaths = {"unit", "member"})
    Optional<Membership> findById(Long id);


    @Override
    @Query("""
            select s from Membership s join fetch s.unit
            where s.member.id = :memberId
            order by case when s.leftOn is null then 0 else 1 end, s.joinedOn desc, s.id desc""")
    List<Membership> ofMember(@Param("memberId") Long memberId);

    @Override
    @Query("""
            select s from Membership s join fetch s.member m join fetch m.workUnit
            where s.unit.id = :unitId and s.leftOn is null
            order by case s.position
                         when cn.helituan.domain.member.Position.TEAM_LEADER then 0
                         when cn.helituan.domain.member.Position.DEPUTY_TEAM_LEADER then 1
                         when cn.helituan.domain.member.Position.TECH_LEADER then 2
                         when cn.helituan.domain.member.Position.ADMIN_LEADER then 3
                         when cn.helituan.domain.member.Position.SUB_TEAM_LEADER then 4
                         when cn.helituan.domain.member.Position.DEPUTY_SUB_TEAM_LEADER then 5
                         when cn.helituan.domain.member.Position.GROUP_LEADER then 6
                         when cn.helituan.domain.member.Position.DEPUTY_GROUP_LEADER then 7
                         when cn.helituan.domain.member.Position.CAPTAIN then 8
                         when cn.helituan.domain.member.Position.DEPUTY_CAPTAIN then 9
                         else 10 end,
                     m.name, m.id""")
    List<Membership> activeInUnit(@Param("unitId") Long unitId);

    @Override
    @Query("select count(distinct s.member.id) from Membership s where s.unit.id = :groupId and s.leftOn is null")
    long countCurrentMembers(@Param("groupId") Long groupId);

    @Override
    @Query("""
            select m from Member m where m.id in :memberIds and exists (select 1 from Membership s
              where s.member = m and s.unit.id = :groupId and s.leftOn is null)
            order by m.name, m.id""")
    List<Member> currentMembersAmong(@Param("groupId") Long groupId,
                                     @Param("memberIds") java.util.Collection<Long> memberIds);

    @Override
    @Query("""
            select m from Member m where exists (select 1 from Membership s
              where s.member = m and s.unit.id = :groupId and s.leftOn is null)
              and (m.name like concat('%', :text, '%') or m.mobile like concat('%', :text, '%'))
            order by m.name, m.id""")
    List<Member> currentMembersMatching(@Param("groupId") Long groupId, @Param("text") String text,
                                        org.springframework.data.domain.Pageable page);

    @Override
    @Query("""
            select s from Membership s join fetch s.member m join fetch s.unit
            where s.unit.id in :unitIds and s.leftOn is null order by s.unit.id, m.name, m.id""")
    List<Membership> activeInUnits(@Param("unitIds") java.util.Collection<Long> unitIds);

    /**
     * On every page of the member list: the ids as one text parameter of a native statement, not a JPQL {@code in
     * :memberIds}, for which Hibernate keeps no plan and translates the query again on every page (docs/performance.md,
     * "The hot pages against the floor").
     */
    @Override
    default List<MemberUnit> activeUnitsOf(Collection<Long> memberIds, String pathPrefix) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        String ids = memberIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return activeUnitRows(ids, pathPrefix).stream()
                .map(row -> new MemberUnit(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    @Query(nativeQuery = true, value = """
            select s.member_id, u.name from membership s join unit u on u.id = s.unit_id
            where s.member_id = any(cast(string_to_array(:ids, ',') as bigint[])) and s.left_on is null
              and u.path like :prefix || '%'
            order by u.tree_order""")
    List<Object[]> activeUnitRows(@Param("ids") String commaSeparatedIds, @Param("prefix") String pathPrefix);

    @Override
    @Query("""
            select count(s) > 0 from Membership s
            where s.member.id = :memberId and s.unit.id = :unitId and s.leftOn is null""")
    boolean existsOpen(@Param("memberId") Long memberId, @Param("unitId") Long unitId);

    @Override
    @Query("""
            select count(s) > 0 from Membership s
            where s.member.id = :memberId and s.unit.path like concat(:prefix, '%')""")
    boolean memberInPath(@Param("memberId") Long memberId, @Param("prefix") String pathPrefix);

    @Override
    @Query("""
            select new cn.helituan.domain.member.MemberPlace(s.member.id, u.path, s.position, s.joinedOn)
            from Membership s join s.unit u
            where s.member.id in :memberIds and s.leftOn is null and u.path like concat(:prefix, '%')
            order by s.member.id, u.treeOrder""")
    List<cn.helituan.domain.member.MemberPlace> openPlacesOf(@Param("memberIds") Collection<Long> memberIds,
                                                            @Param("prefix") String pathPrefix);

    @Override
    @Query("select s from Membership s where s.member.id in :memberIds and s.leftOn is null")
    List<Membership> openOf(@Param("memberIds") Collection<Long> memberIds);
}
