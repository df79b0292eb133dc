CREATE TABLE "inventory_reported_totals" (
	"inventory_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"scope1" double precision,
	"scope2" double precision,
	"scope3" double precision,
	"basic" double precision,
	"basic_plus" double precision,
	"source" text NOT NULL,
	"record" jsonb NOT NULL,
	CONSTRAINT "inventory_reported_totals_inventory_id_number_pk" PRIMARY KEY("inventory_id","number")
);
--> statement-breakpoint
ALTER TABLE "inventories" ADD COLUMN "form" text DEFAULT 'lines' NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory_versions" ADD COLUMN "form" text DEFAULT 'lines' NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory_reported_totals" ADD CONSTRAINT "inventory_reported_totals_inventory_id_inventories_id_fk" FOREIGN KEY ("inventory_id") REFERENCES "public"."inventories"("id") ON DELETE no action ON UPDATE no action;