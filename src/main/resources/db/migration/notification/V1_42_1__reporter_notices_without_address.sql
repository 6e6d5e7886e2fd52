-- A notice to a reporter keeps no copy of their e-mail address: it names the recipient 'reporter', and the sender
-- opens the address from the sealed identity of the report when it mails (ADR 0023). Error texts of the mail
-- server may quote the address, so they go too.
update notice set recipient_email = 'reporter', last_error = null where kind = 'REPORTER_NEWS';
