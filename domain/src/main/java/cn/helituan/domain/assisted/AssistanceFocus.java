package cn.helituan.domain.assisted;

/**
 * What a relationship works on: 乡村振兴, "四型"社区创建, 重点产业发展, and for schools, hospitals and science
 * 教育, 医疗, 科技. A new focus is a new value here and its two labels in the message files.
 */
public enum AssistanceFocus {
    RURAL_REVITALIZATION,
    FOUR_TYPE_COMMUNITY,
    KEY_INDUSTRY,
    EDUCATION,
    MEDICAL,
    SCIENCE_TECHNOLOGY
}
