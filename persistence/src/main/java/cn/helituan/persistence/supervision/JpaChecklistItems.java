package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.ChecklistItem;
import cn.helituan.domain.supervision.ChecklistItems;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaChecklistItems extends JpaRepository<ChecklistItem, Long>, ChecklistItems {
}
