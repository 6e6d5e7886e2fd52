-- CaseTransitioned, CaseOverdue and FollowUpRecorded gave way to CaseChanged (ADR 0031). Deliveries of them still
-- outstanding at the upgrade can no longer be read back; they are removed rather than retried for ever. What they
-- would have done follows from the case's next change: the ladder starts and follows the snapshot of any later
-- CaseChanged, and the read model row is rewritten at the next change of its case. A reminder outstanding at the
-- upgrade (CaseDeadlineApproaching now names the stage, not the status) is dropped too: the overdue notice follows.
delete from event_publication
where completion_date is null
  and event_type in ('id.go.netra.casework.CaseTransitioned', 'id.go.netra.casework.CaseOverdue',
                     'id.go.netra.casework.FollowUpRecorded', 'id.go.netra.casework.CaseDeadlineApproaching');
