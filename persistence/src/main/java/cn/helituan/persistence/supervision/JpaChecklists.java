package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Checklist;
import cn.helituan.domain.supervision.Checklists;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaChecklists extends JpaRepository<Checklist, Long>, Checklists {
}
