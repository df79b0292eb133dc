/** Every use case of the registry, over one database. */
import { BUILTIN_REGISTRY } from "../core/themes/builtin.ts";
import type { ThemeRegistry } from "../core/themes/registry.ts";
import type { Db } from "../db/database.ts";
import { ActionService } from "./action.service.ts";
import { AnalyticsService } from "./analytics/analytics.service.ts";
import { AuditService } from "./audit/audit.service.ts";
import { type AuthOptions, AuthService, DEFAULT_AUTH_OPTIONS } from "./auth/auth.service.ts";
import { TokenService } from "./auth/token.service.ts";
import { UserService } from "./auth/user.service.ts";
import { ExportService } from "./export/export.service.ts";
import { ImportService } from "./import/import.service.ts";
import { InventoryService } from "./inventories/inventory.service.ts";
import { InventoryHistoryService } from "./inventories/inventory-history.service.ts";
import { InventoryWorkflowService } from "./inventories/inventory-workflow.service.ts";
import { JurisdictionService } from "./jurisdiction.service.ts";
import { EngagementService } from "./members/engagement.service.ts";
import { MembershipService } from "./members/membership.service.ts";
import { OfficeService } from "./members/office.service.ts";
import { ProgrammeService } from "./members/programme.service.ts";
import { RiskService } from "./risk.service.ts";
import { TargetService } from "./target.service.ts";
import { GatewayService } from "./themes/gateway.service.ts";
import { TapProjectService } from "./themes/tap-project.service.ts";
import { ThemeService } from "./themes/theme.service.ts";
import { ThemeReportService } from "./themes/theme-report.service.ts";

/** The services the HTTP API and the CLI call. */
export interface Services {
  jurisdictions: JurisdictionService;
  inventories: InventoryService;
  inventoryWorkflow: InventoryWorkflowService;
  inventoryHistory: InventoryHistoryService;
  targets: TargetService;
  actions: ActionService;
  risks: RiskService;
  auth: AuthService;
  tokens: TokenService;
  users: UserService;
  audit: AuditService;
  analytics: AnalyticsService;
  imports: ImportService;
  exports: ExportService;
  themes: ThemeService;
  themeReports: ThemeReportService;
  tapProjects: TapProjectService;
  gateway: GatewayService;
  memberships: MembershipService;
  offices: OfficeService;
  programmes: ProgrammeService;
  engagement: EngagementService;
}

/** Builds the services over `db`, for the declared `themes` (the shipped ones by default). */
export function createServices(
  db: Db,
  authOptions: AuthOptions = DEFAULT_AUTH_OPTIONS,
  themes: ThemeRegistry = BUILTIN_REGISTRY,
): Services {
  const targets = new TargetService(db, themes);
  const analytics = new AnalyticsService(db, targets);
  return {
    jurisdictions: new JurisdictionService(db),
    inventories: new InventoryService(db),
    inventoryWorkflow: new InventoryWorkflowService(db),
    inventoryHistory: new InventoryHistoryService(db),
    targets,
    actions: new ActionService(db, themes),
    risks: new RiskService(db),
    auth: new AuthService(db, authOptions),
    tokens: new TokenService(db),
    users: new UserService(db),
    audit: new AuditService(db, themes),
    analytics,
    imports: new ImportService(db),
    exports: new ExportService(db),
    themes: new ThemeService(db, themes, analytics),
    themeReports: new ThemeReportService(db, themes),
    tapProjects: new TapProjectService(db),
    gateway: new GatewayService(db),
    memberships: new MembershipService(db),
    offices: new OfficeService(db),
    programmes: new ProgrammeService(db),
    engagement: new EngagementService(db, analytics),
  };
}
