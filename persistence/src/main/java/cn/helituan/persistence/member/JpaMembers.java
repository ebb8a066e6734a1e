package cn.helituan.persistence.member;

import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaMembers extends JpaRepository<Member, Long>, Members, JpaMemberSearch {

    @Override
    @EntityGraph(attributePaths = "workUnit")
    Optional<Member> findById(Long id);

    @Override
    @EntityGraph(attributePaths = "workUnit")
    List<Member> findByMobileIn(Collection<String> mobiles);
}
