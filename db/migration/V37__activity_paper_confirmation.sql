-- The activity ledger import (台账导入, issue 20): a ledger confirmed on paper says who confirmed each activity and
-- when. The import keeps those words as they were written, on the activity, marked as imported: they are not a
-- confirmation in the product (the activity's status stays as the objects' own word makes it, so the tallies, the
-- dashboard and the notification count it as reported, not as confirmed).
ALTER TABLE activity ADD COLUMN paper_confirmed_by varchar(50);
ALTER TABLE activity ADD COLUMN paper_confirmed_on date;
