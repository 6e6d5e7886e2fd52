-- When an officer of the task force first opened the case after the reporter's reply: until then the reply is
-- marked unread in the queue and on the case page. Null for the task force's own questions.
alter table report_message add column read_at timestamp with time zone;
