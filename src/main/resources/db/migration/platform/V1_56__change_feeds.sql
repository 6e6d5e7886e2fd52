-- Change feeds for agencies that pull (GET ...?changedSince=, ADR 0043). A changed row is left unnumbered
-- (change_seq null) by the transaction that changes it; a sync numbers the unnumbered rows from this sequence
-- while it holds its feed's row below locked, so numbers are handed out in the order changes became visible:
-- a change committed late still gets a number above every number a client has already read.
create sequence change_feed_seq start with 1;

create table change_feed (
    feed        varchar(40) not null primary key
);
