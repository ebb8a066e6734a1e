-- The org admin's case list (every case, drafts too: JpaCaseStudies.EVERY) newest first without sorting the whole
-- library: an index in the list's order. The published cases' list keeps case_study_published_idx (status, year, id).
CREATE INDEX case_study_order_idx ON case_study (year DESC, id DESC);
