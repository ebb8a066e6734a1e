package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.ActivityTypes;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaActivityTypes extends JpaRepository<ActivityType, Long>, ActivityTypes {
}
