-- The dashboard counts open escalation ladders: ESCALATED events whose ladder has no CLOSED
-- event yet. Without this index each lookup of a ladder's CLOSED event scans sla_event.
CREATE INDEX ix_sla_event_kind_ladder ON sla_event (kind, escalation);
