CREATE TABLE "membership_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "membership_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount" integer NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"issued_on" date NOT NULL,
	"paid_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"office_id" uuid,
	"level" text NOT NULL,
	"scope" text NOT NULL,
	"status" text NOT NULL,
	"joined_on" date,
	"ended_on" date,
	"agendas" text[] DEFAULT '{}'::text[] NOT NULL,
	"fee_rule" text,
	"fee_tier" text,
	"annual_fee" integer,
	"fee_currency" text,
	"fee_explanation" text
);
--> statement-breakpoint
CREATE TABLE "office_staff" (
	"user_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "office_staff_user_id_office_id_pk" PRIMARY KEY("user_id","office_id")
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_participants" (
	"programme_id" uuid NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"role" text NOT NULL,
	"since" integer,
	"commitment" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "programme_participants_programme_id_jurisdiction_id_pk" PRIMARY KEY("programme_id","jurisdiction_id")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"agendas" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"url" text,
	"region" text,
	"start_year" integer,
	"end_year" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"url" text,
	"image_url" text,
	"year" integer
);
--> statement-breakpoint
CREATE TABLE "worknet_members" (
	"worknet_id" uuid NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"joined_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"joined_by" text NOT NULL,
	CONSTRAINT "worknet_members_worknet_id_jurisdiction_id_pk" PRIMARY KEY("worknet_id","jurisdiction_id")
);
--> statement-breakpoint
CREATE TABLE "worknets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"challenge" text NOT NULL,
	"agendas" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "membership_contacts" ADD CONSTRAINT "membership_contacts_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_invoices" ADD CONSTRAINT "membership_invoices_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_staff" ADD CONSTRAINT "office_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_staff" ADD CONSTRAINT "office_staff_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_items" ADD CONSTRAINT "showcase_items_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worknet_members" ADD CONSTRAINT "worknet_members_worknet_id_worknets_id_fk" FOREIGN KEY ("worknet_id") REFERENCES "public"."worknets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worknet_members" ADD CONSTRAINT "worknet_members_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_contacts_membership_idx" ON "membership_contacts" USING btree ("membership_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_invoices_year_key" ON "membership_invoices" USING btree ("membership_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_jurisdiction_key" ON "memberships" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE INDEX "memberships_office_idx" ON "memberships" USING btree ("office_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offices_key_key" ON "offices" USING btree ("key");--> statement-breakpoint
CREATE INDEX "programme_participants_jurisdiction_idx" ON "programme_participants" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_key_key" ON "programmes" USING btree ("key");--> statement-breakpoint
CREATE INDEX "showcase_items_membership_idx" ON "showcase_items" USING btree ("membership_id","position");--> statement-breakpoint
CREATE INDEX "worknet_members_jurisdiction_idx" ON "worknet_members" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "worknets_name_key" ON "worknets" USING btree ("name");