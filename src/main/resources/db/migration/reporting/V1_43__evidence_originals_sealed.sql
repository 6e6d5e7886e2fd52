-- Issue 17: a reporter's picture or PDF is shared without its metadata; the original is kept sealed for the task
-- force. sha256 names the copy that may be shared (for a video, which is not shared, the original); original_sha256
-- names the sealed original. Rows from before (original_sha256 null) keep their file in plain under sha256 and are
-- cleaned when a copy is asked for.
alter table report_evidence add column original_sha256 varchar(64);
alter table report_evidence add column original_size_bytes bigint;
