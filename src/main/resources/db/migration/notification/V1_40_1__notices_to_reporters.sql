-- Notices also go to citizens who asked to hear when their report changes stage. Such a notice belongs to no
-- agency: without an agency code it never appears in an agency's list of notices.
alter table notice alter column agency_code drop not null;
