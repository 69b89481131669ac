-- The lists a load test counted and paged most (profile of a 300-user run on the large data):
-- each filters on a status and sorts by a time, then by id. With the status, the time and the id
-- in one index, the database reads the page in index order and counts from the index alone,
-- instead of fetching every row of that status and sorting it.

-- Approved stories waiting for a calendar slot (Stories.waitingForScheduling), oldest approval first.
create index ix_story_status_approved on story (status, approved_at, id);

-- Withdrawn stories still posted somewhere (Stories.postsToTakeDown), by when they were withdrawn.
create index ix_story_status_withdrawn on story (status, withdrawn_at, id);

-- Open inquiries by nearest deadline (Inquiries.open) and those due soon (Inquiries.dueSoonCount):
-- the id makes the board's order (deadline, id) the index's; the old index is its prefix.
create index ix_press_inquiry_status_deadline_id on press_inquiry (status, deadline, id);
drop index ix_press_inquiry_status_deadline;
