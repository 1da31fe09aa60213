-- MariaDB hands out sequence values from a cache of 1000 by default: each server restart, and
-- each restore of a mariadb-dump backup, then skips up to 1000 case numbers (TIP-2026-001001
-- after TIP-2026-000002). Without the cache every case number is written as it is taken; the
-- cost is one small write per tip. Several nodes still never get the same number. H2 and
-- MariaDB both read this statement.
ALTER SEQUENCE case_number_seq CACHE 1;
