-- A group: its indicators in the round (in the order of GroupIndicators) and its indicator score.
select group_id,
       tasks_planned, tasks_done, key_tasks_planned, key_tasks_done, activities_reported,
       activities_confirmed, activities_disputed, funds_secured, projects_introduced, trainings_held,
       people_trained, beneficiaries, people_employed, demands_received, demands_resolved, overdue,
       attendance_counted, attendance_due, doubtful_days, inspections, findings, findings_due, findings_on_time,
       score
from evaluation_indicator where round_id = :round and group_id = :group
