package cn.helituan.domain.member;

import java.util.List;
import java.util.Optional;

public interface Members extends MemberSearch {

    Optional<Member> findById(Long id);

    <S extends Member> S save(S member);

    boolean existsByMobile(String mobile);

    Optional<Member> findByMobile(String mobile);

    /** The members with any of these mobile numbers, with their work units (one query for a batch of imported rows). */
    List<Member> findByMobileIn(java.util.Collection<String> mobiles);

    /** The live members whose ID number has one of these digests ({@code FieldCipher.digests}). */
    List<Member> findByIdNumberDigestInAndArchivedFalse(java.util.Collection<String> digests);
}
