CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"theme" text DEFAULT 'climate' NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"hazards" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"start_year" integer,
	"end_year" integer,
	"cost" double precision,
	"currency" text,
	"funding_source" text,
	"expected_annual_reduction" double precision,
	"co_benefits" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"boundary" text,
	"gwp" text NOT NULL,
	"population" double precision,
	"status" text DEFAULT 'draft' NOT NULL,
	"lines" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"total_basic" double precision NOT NULL,
	"total_basic_plus" double precision NOT NULL,
	"total_territorial" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jurisdiction_series" (
	"jurisdiction_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jurisdiction_series_jurisdiction_id_indicator_year_pk" PRIMARY KEY("jurisdiction_id","indicator","year")
);
--> statement-breakpoint
CREATE TABLE "jurisdictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"country" text NOT NULL,
	"locode" text,
	"cdp_account" integer,
	"region" text,
	"parent_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"theme" text DEFAULT 'climate' NOT NULL,
	"hazard" text NOT NULL,
	"probability" text,
	"impact" text,
	"timeframe" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"vulnerable_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"theme" text DEFAULT 'climate' NOT NULL,
	"indicator" text DEFAULT 'ghg-emissions' NOT NULL,
	"unit" text DEFAULT 'tCO2e' NOT NULL,
	"type" text NOT NULL,
	"scope" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"gases" text[] DEFAULT '{}'::text[] NOT NULL,
	"base_year" integer,
	"base_value" double precision,
	"target_year" integer NOT NULL,
	"target_value" double precision,
	"reduction_percent" double precision,
	"bau_value" double precision,
	"description" text,
	"status" text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventories" ADD CONSTRAINT "inventories_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdiction_series" ADD CONSTRAINT "jurisdiction_series_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_parent_id_jurisdictions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_jurisdiction_idx" ON "actions" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE INDEX "actions_created_id_idx" ON "actions" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "inventories_jurisdiction_kind_year_key" ON "inventories" USING btree ("jurisdiction_id","kind","year");--> statement-breakpoint
CREATE INDEX "inventories_created_id_idx" ON "inventories" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "inventories_year_idx" ON "inventories" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "jurisdictions_locode_key" ON "jurisdictions" USING btree ("locode");--> statement-breakpoint
CREATE UNIQUE INDEX "jurisdictions_cdp_account_key" ON "jurisdictions" USING btree ("cdp_account");--> statement-breakpoint
CREATE INDEX "jurisdictions_name_id_idx" ON "jurisdictions" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "jurisdictions_country_idx" ON "jurisdictions" USING btree ("country");--> statement-breakpoint
CREATE INDEX "jurisdictions_tags_idx" ON "jurisdictions" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "risks_jurisdiction_idx" ON "risks" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE INDEX "risks_created_id_idx" ON "risks" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "targets_jurisdiction_idx" ON "targets" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE INDEX "targets_created_id_idx" ON "targets" USING btree ("created_at","id");