package cn.helituan.domain.crossteam;

/** A current member of a team as the members export writes it: the columns of its import (跨镇服务队队员). */
public record CrossTeamMemberRow(String team, int year, String name, String mobile) {
}
