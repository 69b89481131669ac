-- The search index asks every node's refresh (every 15 s) for the stories changed since its last
-- look: an index keeps that a short range scan instead of reading all 20,000 stories of a region.
CREATE INDEX story_updated_at ON story (updated_at);
