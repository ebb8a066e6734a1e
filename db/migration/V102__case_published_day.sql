-- The dashboard's published cases of a period (JpaCaseStudies.countPublishedBetween): a range of the published cases'
-- publication times, counted from this index alone, where the list's statement with its filters null read every case.
CREATE INDEX case_study_published_at_idx ON case_study (published_at) WHERE status = 'PUBLISHED';
