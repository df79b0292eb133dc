/** The app: the session, the page frame, the public routes and the signed-in ones (loaded on demand). */
import { lazy, Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";
import { SessionProvider } from "./auth/session.tsx";
import { Layout } from "./components/layout.tsx";
import { Loading } from "./components/states.tsx";
import { DirectoryPage } from "./pages/directory/directory-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { OpenDataPage } from "./pages/open-data/open-data-page.tsx";

// Pages that draw charts load with ECharts, on demand.
const DashboardPage = lazy(() => import("./pages/dashboard/dashboard-page.tsx"));
const JurisdictionPage = lazy(() => import("./pages/jurisdiction/jurisdiction-page.tsx"));
const InventoryPage = lazy(() => import("./pages/inventory/inventory-page.tsx"));
// The network's members (issue 10).
const NetworkPage = lazy(() => import("./pages/members/network-page.tsx"));
const OfficePage = lazy(() => import("./pages/members/office-page.tsx"));
const MyMembershipPage = lazy(() => import("./pages/members/my-membership-page.tsx"));
const MembersAdminPage = lazy(() => import("./pages/members/members-admin-page.tsx"));
const ProgrammePage = lazy(() => import("./pages/members/programme-page.tsx"));
const ProgrammesAdminPage = lazy(() => import("./pages/members/programmes-admin-page.tsx"));
// Signed-in pages: the editor brings the calculation engine; none of it loads for the public.
const SignInPage = lazy(() => import("./pages/sign-in/sign-in-page.tsx"));
const WorkPage = lazy(() => import("./pages/work/work-page.tsx"));
const EditorPage = lazy(() => import("./pages/editor/editor-page.tsx"));
const RecordPage = lazy(() => import("./pages/records/record-page.tsx"));
const ReviewQueuePage = lazy(() => import("./pages/review/review-queue-page.tsx"));
const ReviewPage = lazy(() => import("./pages/review/review-page.tsx"));
const UsersPage = lazy(() => import("./pages/admin/users-page.tsx"));
// Themes beyond climate, the 10% programme, the TAP and the Solutions Gateway.
const ThemesPage = lazy(() => import("./pages/themes/themes-page.tsx"));
const EfficiencyPage = lazy(() => import("./pages/themes/efficiency-page.tsx"));
const ResiliencePage = lazy(() => import("./pages/themes/resilience-page.tsx"));
const TapPage = lazy(() => import("./pages/themes/tap-page.tsx"));
const GatewayPage = lazy(() => import("./pages/themes/gateway-page.tsx"));
const ThemeReportPage = lazy(() => import("./pages/theme-work/theme-report-page.tsx"));
const TapProjectPage = lazy(() => import("./pages/theme-work/tap-project-page.tsx"));
const ProviderPage = lazy(() => import("./pages/theme-work/provider-page.tsx"));
const ProviderQueuePage = lazy(() => import("./pages/theme-work/provider-queue-page.tsx"));
const TokensPage = lazy(() => import("./pages/account/tokens-page.tsx"));

/** Every route (paths are shareable and bookmarkable). */
export function App() {
  return (
    <SessionProvider>
      <Layout>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/" component={DashboardPage} />
            <Route path="/jurisdictions" component={DirectoryPage} />
            <Route path="/jurisdictions/:id" component={JurisdictionPage} />
            <Route path="/inventories/:id" component={InventoryPage} />
            <Route path="/open-data" component={OpenDataPage} />
            <Route path="/themes" component={ThemesPage} />
            <Route path="/programmes/efficiency" component={EfficiencyPage} />
            <Route path="/programmes/resilience" component={ResiliencePage} />
            <Route path="/programmes/:id" component={ProgrammePage} />
            <Route path="/tap" component={TapPage} />
            <Route path="/gateway" component={GatewayPage} />
            <Route path="/gateway/providers/:id" component={ProviderPage} />
            <Route path="/gateway/review" component={ProviderQueuePage} />
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/network" component={NetworkPage} />
            <Route path="/offices/:id" component={OfficePage} />
            <Route path="/members" component={MyMembershipPage} />
            <Route path="/admin/members" component={MembersAdminPage} />
            <Route path="/admin/programmes" component={ProgrammesAdminPage} />
            <Route path="/work" component={WorkPage} />
            <Route path="/work/inventories/:id" component={EditorPage} />
            <Route path="/work/theme-reports/:id" component={ThemeReportPage} />
            <Route path="/work/tap-projects/:id" component={TapProjectPage} />
            <Route path="/work/:kind/:id" component={RecordPage} />
            <Route path="/review" component={ReviewQueuePage} />
            <Route path="/review/inventories/:id" component={ReviewPage} />
            <Route path="/admin">
              <Redirect to="/admin/users" replace />
            </Route>
            <Route path="/admin/users" component={UsersPage} />
            <Route path="/account/tokens" component={TokensPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </Layout>
    </SessionProvider>
  );
}
