-- Indexes that hold every column a frequent statement reads, so the database answers it from the
-- index and never reads the table's rows. A profile of 300 users on the large data put a fifth of the
-- server's CPU in H2 reading rows, from its page cache or the file, and its page cache's lock was the
-- most contended monitor. Page reads of each statement (EXPLAIN ANALYZE on a copy of the H2 file
-- with the large data), before and after:

-- The press log's 30-day figures (Inquiries.readFigures), read again after every inquiry logged:
-- 2,540 reads to none.
create index ix_press_inquiry_timings on press_inquiry (received_at, deadline, answered_at);

-- The public portraits' count and order (PublicPortraits.read): published portraits, their placements'
-- times and their consents' status: 7,855 reads to 39. The placements' times also serve the
-- communicator's count of withdrawn stories still posted (Stories.myTasks, every page's badges).
create index ix_story_status_material on story (status, material_type);
create index ix_placement_story_times on story_placement (story_id, published_at, taken_down_at);
create index ix_consent_story_status on story_consent (story_id, status);

-- Active ambassadors per unit (Ambassadors.activeAmbassadorsByUnit, the dashboard): 1,240 reads to none.
create index ix_ambassador_status_person on ambassador (status, person_id);
create index ix_person_id_unit on person (id, unit_id);

-- The communicators to tell of an approved story (UserAccounts.peopleHolding): from the role's few
-- holders instead of a scan of every account, 1,246 reads to 176.
create index ix_user_role_name on user_role (role_name, user_id);
