-- Every committed insert or update of a versioned record is announced on the channel `localledger_changes` as
-- "<table>:<id>:<version>", so that each server can drop cached reads older than the database (LISTEN/NOTIFY is
-- transactional: listeners hear it only after the commit).
CREATE OR REPLACE FUNCTION localledger_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('localledger_changes', TG_TABLE_NAME || ':' || NEW.id::text || ':' || NEW.version::text);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER jurisdictions_notify_change AFTER INSERT OR UPDATE ON "jurisdictions"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
--> statement-breakpoint
CREATE TRIGGER inventories_notify_change AFTER INSERT OR UPDATE ON "inventories"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
--> statement-breakpoint
CREATE TRIGGER targets_notify_change AFTER INSERT OR UPDATE ON "targets"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
--> statement-breakpoint
CREATE TRIGGER actions_notify_change AFTER INSERT OR UPDATE ON "actions"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
--> statement-breakpoint
CREATE TRIGGER risks_notify_change AFTER INSERT OR UPDATE ON "risks"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
