package cn.helituan.domain.assisted;

/** The "four-type" community goals (“四型”社区): 平安型, 便利型, 美丽型, 幸福型. */
public enum CommunityGoal {
    SAFE,
    CONVENIENT,
    BEAUTIFUL,
    HAPPY
}
