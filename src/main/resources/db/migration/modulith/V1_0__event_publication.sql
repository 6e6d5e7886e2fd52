-- Spring Modulith's event publication registry (schema v2), written once for both H2 and PostgreSQL:
-- events between modules are stored here in the publishing transaction, so none is lost on a crash.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(65535) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);
create index event_publication_by_listener_idx on event_publication (listener_id);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
