package cn.helituan.domain.supervision;

/** How a checklist item is checked: 明察暗访, 随机抽查, 查阅资料, 现场询问, 问卷测试. */
public enum ItemMethod {
    UNANNOUNCED,
    SAMPLING,
    RECORDS,
    INTERVIEW,
    QUESTIONNAIRE
}
