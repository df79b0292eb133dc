CREATE TABLE "jurisdiction_summaries" (
	"jurisdiction_id" uuid PRIMARY KEY NOT NULL,
	"summary" jsonb NOT NULL,
	"profile" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_progress" (
	"target_id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"status" text NOT NULL,
	"progress" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jurisdiction_summaries" ADD CONSTRAINT "jurisdiction_summaries_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_progress" ADD CONSTRAINT "target_progress_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_progress" ADD CONSTRAINT "target_progress_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_progress_jurisdiction_idx" ON "target_progress" USING btree ("jurisdiction_id");--> statement-breakpoint
-- A summary that changed is announced on the change feed of migration 0001 as
-- "jurisdiction_summaries:<jurisdiction id>:<version>", so that servers drop memoised network figures.
CREATE OR REPLACE FUNCTION localledger_notify_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('localledger_changes', 'jurisdiction_summaries:' || NEW.jurisdiction_id::text || ':' || NEW.version::text);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER jurisdiction_summaries_notify_change AFTER INSERT OR UPDATE ON "jurisdiction_summaries"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_summary();
