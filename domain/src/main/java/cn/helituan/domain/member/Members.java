package cn.helituan.domain.member;

import java.util.Optional;

public interface Members extends MemberSearch {

    Optional<Member> findById(Long id);

    <S extends Member> S save(S member);

    boolean existsByMobile(String mobile);

    Optional<Member> findByMobile(String mobile);
}
