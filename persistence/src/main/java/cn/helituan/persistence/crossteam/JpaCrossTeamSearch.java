package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.CrossTeamRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface JpaCrossTeamSearch {

    Page<CrossTeamRow> search(String prefix, Long memberId, String memberPrefix, Integer year, Pageable pageable);
}
