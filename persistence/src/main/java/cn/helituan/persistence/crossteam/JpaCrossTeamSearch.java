package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.CrossTeamMemberRow;
import cn.helituan.domain.crossteam.CrossTeamRow;
import cn.helituan.domain.crossteam.CrossTeamSheetRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface JpaCrossTeamSearch {

    Page<CrossTeamRow> search(String prefix, Long memberId, String memberPrefix, Integer year, Pageable pageable);

    Page<CrossTeamSheetRow> sheet(String prefix, Long memberId, String memberPrefix, Integer year, Pageable pageable);

    Page<CrossTeamMemberRow> memberSheet(String prefix, Long memberId, String memberPrefix, Integer year,
                                         Pageable pageable);
}
