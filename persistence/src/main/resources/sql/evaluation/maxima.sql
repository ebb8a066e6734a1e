-- Each indicator column: its largest value in the round (read in the order of GroupIndicators, after a group id 0).
select 0,
       coalesce(max(tasks_planned), 0), coalesce(max(tasks_done), 0), coalesce(max(key_tasks_planned), 0),
       coalesce(max(key_tasks_done), 0), coalesce(max(activities_reported), 0),
       coalesce(max(activities_confirmed), 0), coalesce(max(activities_disputed), 0),
       coalesce(max(funds_secured), 0), coalesce(max(projects_introduced), 0),
       coalesce(max(trainings_held), 0), coalesce(max(people_trained), 0), coalesce(max(beneficiaries), 0),
       coalesce(max(people_employed), 0), coalesce(max(demands_received), 0),
       coalesce(max(demands_resolved), 0), coalesce(max(overdue), 0), coalesce(max(attendance_counted), 0),
       coalesce(max(attendance_due), 0), coalesce(max(doubtful_days), 0), coalesce(max(inspections), 0),
       coalesce(max(findings), 0), coalesce(max(findings_due), 0), coalesce(max(findings_on_time), 0)
from evaluation_indicator where round_id = :round
