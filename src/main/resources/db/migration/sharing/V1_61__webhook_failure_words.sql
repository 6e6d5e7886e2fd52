-- What went wrong with a webhook attempt when the receiver gave no answer (refused address, timeout, no
-- connection, a secret that does not open), kept as a message code and shown in the reader's language; the
-- receiver's own answer stays in last_answer as it came.
alter table webhook_delivery add column last_failure varchar(100);
