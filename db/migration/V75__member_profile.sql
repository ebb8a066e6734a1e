-- Shaanxi's rule (一把钥匙开一把锁) read off a member's record, in one place for every reader: the demand matching's
-- group facts (persistence/demand/JdbcMatchingFacts) and the stationing form's suggestions (persistence/station/
-- JdbcCadreSuggestions). The text is the specialty, post and work unit's name; which village category each profile
-- fits is assisted/CadreProfile; the table is in docs/matching.md.
CREATE VIEW member_profile AS
SELECT m.id AS member_id,
       t.txt AS profile_text,
       t.txt ~ '党|组织|宣传|统战' AS party_affairs,
       (coalesce(w.kind IN ('FINANCIAL', 'STATE_ENTERPRISE'), false) OR m.type = 'ENTREPRENEUR'
           OR t.txt ~ '经济|发改|财政|金融|商务|银行') AS economic,
       t.txt ~ '法|律|司法|公安|检察|信访' AS legal,
       (m.type IN ('EXPERT', 'AGRONOMIST', 'TECHNICIAN') OR coalesce(w.kind = 'UNIVERSITY', false)
           OR t.txt ~ '科技|科学|技术|研究|农技') AS science
FROM member m
LEFT JOIN work_unit w ON w.id = m.work_unit_id
CROSS JOIN LATERAL (SELECT coalesce(m.specialty, '') || ' ' || coalesce(m.post, '') || ' ' || coalesce(w.name, '') AS txt) t;
