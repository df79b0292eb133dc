-- The tamper-evident record (issue 4). No code path updates or deletes an audit event or a published inventory
-- version: these triggers refuse it for every role that does not own the tables' triggers. A DBA who must
-- repair data can `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only` (or set
-- session_replication_role = replica as a superuser); `localledger verify` will then name what was changed.
CREATE OR REPLACE FUNCTION localledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is not allowed: the record is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION localledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION localledger_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION localledger_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'a published inventory version is immutable (inventory %, version %)', OLD.inventory_id, OLD.number
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER inventory_versions_published_immutable BEFORE UPDATE OR DELETE ON "inventory_versions"
  FOR EACH ROW EXECUTE FUNCTION localledger_refuse_published_change();
--> statement-breakpoint
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 0, repeat('0', 64));
