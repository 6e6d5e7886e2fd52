-- Which regions hold a Pilkada, with the dates the pre-election rotation ban (UU 10/2016 art. 71(2)) runs on:
-- the region's candidate determination (null: the election's own date) and, where known, the day the regional
-- head's term ends (null: the ban ends with the election's last phase, ADR 0048). A province code means the
-- governor's election, a regency or city code the regent's or mayor's.
create table election_region (
    election_code                 varchar(30)  not null references election (code),
    region_code                   varchar(10)  not null references region (code),
    candidate_determination_date  date,
    term_ends_on                  date,
    source                        varchar(300),
    primary key (election_code, region_code)
);
create index election_region_region_idx on election_region (region_code);
