-- The accounts of a province, for bench/jobs.sh (bench/province.sh's roster has only its seven prov-* accounts): an
-- account for every member with a current membership — GROUP_LEADER on their group, SUB_TEAM_LEADER on their
-- sub-team, MEMBER otherwise (30,000 or so) — and a FIRST_SECRETARY account on every village and community, so the
-- reminder rules have the people they remind. Password hash copied from prov-admin. Run once per data dir: a second
-- run adds nothing (user names bench-m<member>, bench-o<object>).
insert into account (username, password_hash, display_name, role, scope_unit_id, member_id, must_change_password,
                     created_at, created_by)
select 'bench-m' || m.id, (select password_hash from account where username = 'prov-admin'), m.name,
       case s.position when 'GROUP_LEADER' then 'GROUP_LEADER' when 'SUB_TEAM_LEADER' then 'SUB_TEAM_LEADER'
            else 'MEMBER' end,
       s.unit_id, m.id, false, now(), 'bench'
from (select distinct on (member_id) member_id, unit_id, position from membership where left_on is null
      order by member_id, (position = 'GROUP_LEADER') desc, (position = 'SUB_TEAM_LEADER') desc, id) s
join member m on m.id = s.member_id
where not m.archived and not exists (select 1 from account a where lower(a.username) = 'bench-m' || m.id);

insert into account (username, password_hash, display_name, role, scope_object_id, must_change_password, created_at,
                     created_by)
select 'bench-o' || o.id, (select password_hash from account where username = 'prov-admin'), left(o.name, 44) || '第一书记',
       'FIRST_SECRETARY', o.id, false, now(), 'bench'
from assisted_object o
where o.kind in ('VILLAGE', 'COMMUNITY') and not o.archived
  and not exists (select 1 from account a where lower(a.username) = 'bench-o' || o.id);

analyze account;
