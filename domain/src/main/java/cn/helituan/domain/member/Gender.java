package cn.helituan.domain.member;

public enum Gender {
    MALE,
    FEMALE
}
