package cn.helituan.domain.member;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The member list's query, hand-written in persistence because its filters are dynamic. */
public interface MemberSearch {

    /** One page of members matching the query, inside the path prefix ("" for all). */
    Page<MemberRow> search(MemberQuery query, String pathPrefix, Pageable pageable);

    /**
     * Which of {@code mobiles} some member (live or archived) has, in one plain statement ({@code = any(array)}):
     * an import's batch asks for its 500 mobiles and loads as entities only the ones found.
     */
    java.util.Set<String> mobilesTaken(java.util.Collection<String> mobiles);

    /**
     * The live members holding an ID number with one of these digests ({@code FieldCipher.digests}): digest to
     * mobile, in one plain statement, for an import's batch.
     */
    java.util.Map<String, String> idNumberHolders(java.util.Collection<String> digests);
}
