package cn.helituan.domain.member;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The member list's query, hand-written in persistence because its filters are dynamic. */
public interface MemberSearch {

    /** One page of members matching the query, inside the path prefix ("" for all). */
    Page<MemberRow> search(MemberQuery query, String pathPrefix, Pageable pageable);
}
