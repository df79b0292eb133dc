CREATE TABLE "solution_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"country" text,
	"website" text,
	"description" text,
	"review_status" text DEFAULT 'submitted' NOT NULL,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"provider_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"agendas" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"hazards" text[] DEFAULT '{}'::text[] NOT NULL,
	"problems" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tap_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"funder_id" uuid NOT NULL,
	"saved" boolean DEFAULT false NOT NULL,
	"interested" boolean DEFAULT false NOT NULL,
	"message" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tap_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"action" text NOT NULL,
	"expected_reduction" double precision,
	"people_served" integer,
	"co_benefits" text[] DEFAULT '{}'::text[] NOT NULL,
	"stage" text NOT NULL,
	"cost" double precision NOT NULL,
	"finance_sought" double precision NOT NULL,
	"currency" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"agendas" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"review_status" text DEFAULT 'draft' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"year" integer NOT NULL,
	"values" jsonb NOT NULL,
	"indicators" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"notes" text,
	"review_status" text DEFAULT 'draft' NOT NULL,
	"content_hash" text
);
--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_provider_id_solution_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."solution_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tap_interests" ADD CONSTRAINT "tap_interests_project_id_tap_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tap_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tap_interests" ADD CONSTRAINT "tap_interests_funder_id_users_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tap_projects" ADD CONSTRAINT "tap_projects_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_reports" ADD CONSTRAINT "theme_reports_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "solution_providers_created_id_idx" ON "solution_providers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "solutions_provider_idx" ON "solutions" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "solutions_created_id_idx" ON "solutions" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "tap_interests_key" ON "tap_interests" USING btree ("project_id","funder_id");--> statement-breakpoint
CREATE INDEX "tap_interests_funder_idx" ON "tap_interests" USING btree ("funder_id");--> statement-breakpoint
CREATE INDEX "tap_projects_jurisdiction_idx" ON "tap_projects" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE INDEX "tap_projects_created_id_idx" ON "tap_projects" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "theme_reports_key" ON "theme_reports" USING btree ("jurisdiction_id","theme","year");--> statement-breakpoint
CREATE INDEX "theme_reports_theme_idx" ON "theme_reports" USING btree ("theme","review_status");--> statement-breakpoint
CREATE INDEX "theme_reports_created_id_idx" ON "theme_reports" USING btree ("created_at","id");
--> statement-breakpoint
CREATE TRIGGER theme_reports_notify_change AFTER INSERT OR UPDATE ON "theme_reports"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
--> statement-breakpoint
CREATE TRIGGER tap_projects_notify_change AFTER INSERT OR UPDATE ON "tap_projects"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
--> statement-breakpoint
CREATE TRIGGER solution_providers_notify_change AFTER INSERT OR UPDATE ON "solution_providers"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
--> statement-breakpoint
CREATE TRIGGER solutions_notify_change AFTER INSERT OR UPDATE ON "solutions"
  FOR EACH ROW EXECUTE FUNCTION localledger_notify_change();
