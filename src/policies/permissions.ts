/** Every permission the policy decides; services name one before they read or write data. */
export const PERMISSIONS = [
  "jurisdiction.write",
  "record.read_private",
  "record.write",
  "record.submit",
  "record.reopen",
  "record.publish",
  "record.return",
  "inventory.approve",
  "inventory.return_submission",
  "inventory.review",
  "inventory.verify",
  "inventory.return",
  "inventory.publish",
  "inventory.comment",
  "inventory.import_published",
  "import.network",
  "user.manage",
  "audit.read",
  "token.own",
  "tap.fund",
  "tap.read_interests",
  "gateway.propose",
  "gateway.review",
  "member.read_private",
  "member.edit",
  "member.manage",
  "office.staff",
  "programme.manage",
  "worknet.create",
  "worknet.join",
] as const;

/**
 * A permission. `record.*` covers a jurisdiction's inventories, targets, actions and risks as the reporter
 * works on them (write a draft, submit, correct or reopen, read unpublished versions, checks and comments).
 * `tap.fund`: save published TAP projects and express interest (funders); `tap.read_interests`: see who is
 * interested in a jurisdiction's projects; `gateway.propose`: offer a provider and its solutions for review;
 * `gateway.review`: approve or reject providers.
 * `member.*` covers a membership: its contacts and invoices (`read_private`), what the member maintains itself
 * (`edit`: contacts, agendas, showcase) and what its office manages (`manage`: level, status, office, invoices).
 * `office.staff`: assign users to an office's staff or remove them; `programme.manage`: create and edit
 * programmes, their participants and mentors.
 */
export type Permission = (typeof PERMISSIONS)[number];
