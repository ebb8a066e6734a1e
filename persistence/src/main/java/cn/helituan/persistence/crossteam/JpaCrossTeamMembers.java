package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.CrossTeamMember;
import cn.helituan.domain.crossteam.CrossTeamMembers;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaCrossTeamMembers extends JpaRepository<CrossTeamMember, Long>, CrossTeamMembers {

    @Override
    @Query("""
            select c from CrossTeamMember c join fetch c.member m
            where c.teamId = :teamId and not c.removed order by m.name, m.id""")
    List<CrossTeamMember> current(@Param("teamId") Long teamId);

    @Override
    @Query("""
            select count(c) > 0 from CrossTeamMember c
            where c.teamId = :teamId and c.member.id = :memberId and not c.removed""")
    boolean isCurrent(@Param("teamId") Long teamId, @Param("memberId") Long memberId);
}
