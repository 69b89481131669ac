-- The inquiry log pages newest deadline first (then by id) through 50,000 inquiries and more:
-- with an index in that order the database reads one page instead of sorting the whole log.
create index ix_press_inquiry_deadline on press_inquiry (deadline, id);
create index ix_press_inquiry_received_id on press_inquiry (received_at, id);
