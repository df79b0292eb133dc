ALTER TABLE "programme_participants" ADD COLUMN "until" integer;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD COLUMN "mentor_id" uuid;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "lead_office_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_mentor_id_jurisdictions_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_lead_office_id_offices_id_fk" FOREIGN KEY ("lead_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;