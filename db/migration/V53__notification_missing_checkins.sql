-- The monthly notification names the stationed cadres with missing check-ins in its month (an absent day on the
-- attendance sheet: a working day of the term with no check-in and no approved away or leave), counted when it is
-- generated like its other overdue figures. Earlier notifications did not count them: 0.
ALTER TABLE monthly_notification ADD COLUMN missing_checkins integer NOT NULL DEFAULT 0;
