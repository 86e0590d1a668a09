-- Issue 14, item 2: the platform as the second key of the window index (what GlassTrend does) or as a
-- sub-partition of each day. Same rows in both layouts: 3M posts over 30 days, 7 platforms, a 200-byte payload
-- standing in for the texts. Timed with psql's \timing: the load, a 4-day span (the window and its three
-- baseline windows) for every platform and for two of seven, and the retention drop of one day.
-- Run: tests/bench/postgres/partition_layouts.sh postgresql://…   (a scratch database: it creates and drops
-- tables pl_a and pl_b)
\set ON_ERROR_STOP on
DROP TABLE IF EXISTS pl_a, pl_b CASCADE;
CREATE TABLE pl_a (id bigint NOT NULL, platform_id integer NOT NULL, created_at_ms bigint NOT NULL,
                   likes bigint NOT NULL, payload text NOT NULL) PARTITION BY RANGE (created_at_ms);
CREATE TABLE pl_b (LIKE pl_a) PARTITION BY RANGE (created_at_ms);
DO $$
BEGIN
    FOR d IN 0..29 LOOP
        EXECUTE format('CREATE TABLE pl_a_%s PARTITION OF pl_a FOR VALUES FROM (%s) TO (%s)', d,
                       d::bigint * 86400000, (d + 1)::bigint * 86400000);
        EXECUTE format('CREATE TABLE pl_b_%s PARTITION OF pl_b FOR VALUES FROM (%s) TO (%s) PARTITION BY LIST (platform_id)',
                       d, d::bigint * 86400000, (d + 1)::bigint * 86400000);
        FOR p IN 1..7 LOOP
            EXECUTE format('CREATE TABLE pl_b_%s_%s PARTITION OF pl_b_%s FOR VALUES IN (%s)', d, p, d, p);
        END LOOP;
    END LOOP;
END $$;
CREATE INDEX ON pl_a (created_at_ms, platform_id);
CREATE INDEX ON pl_b (created_at_ms);
\timing on
\echo == load 3M rows: platform as the second index key
INSERT INTO pl_a SELECT g, 1 + g % 7, (g::bigint * 863) % (30::bigint * 86400000), g % 1000, repeat('x', 200)
FROM generate_series(1, 3000000) g;
\echo == load 3M rows: a sub-partition per platform
INSERT INTO pl_b SELECT g, 1 + g % 7, (g::bigint * 863) % (30::bigint * 86400000), g % 1000, repeat('x', 200)
FROM generate_series(1, 3000000) g;
\timing off
VACUUM ANALYZE pl_a;
VACUUM ANALYZE pl_b;
\timing on
\echo == a 4-day span, every platform (x3): index key, then sub-partitions
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_a WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000;
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_a WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000;
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_a WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000;
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_b WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000;
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_b WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000;
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_b WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000;
\echo == a 4-day span, two platforms of seven (x3): index key, then sub-partitions
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_a WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000 AND platform_id IN (2, 5);
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_a WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000 AND platform_id IN (2, 5);
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_a WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000 AND platform_id IN (2, 5);
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_b WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000 AND platform_id IN (2, 5);
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_b WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000 AND platform_id IN (2, 5);
SELECT count(*), sum(likes), sum(length(payload)) FROM pl_b WHERE created_at_ms > 20::bigint * 86400000 AND created_at_ms <= 24::bigint * 86400000 AND platform_id IN (2, 5);
\echo == retention: drop one day (index key, then its 7 sub-partitions)
DROP TABLE pl_a_0;
DROP TABLE pl_b_0;
\timing off
\echo == tables per layout
SELECT 'pl_a' AS layout, count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent WHERE c.relname LIKE 'pl_a%'
UNION ALL SELECT 'pl_b', count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent WHERE c.relname LIKE 'pl_b%';
DROP TABLE pl_a, pl_b CASCADE;
