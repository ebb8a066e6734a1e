package cn.helituan.persistence.member;

import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaMembers extends JpaRepository<Member, Long>, Members, JpaMemberSearch {

    @Override
    @EntityGraph(attributePaths = "workUnit")
    Optional<Member> findById(Long id);

}
