/** The app: the page frame and the public routes. */
import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { Layout } from "./components/layout.tsx";
import { Loading } from "./components/states.tsx";
import { DirectoryPage } from "./pages/directory/directory-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { OpenDataPage } from "./pages/open-data/open-data-page.tsx";

// Pages that draw charts load with ECharts, on demand.
const DashboardPage = lazy(() => import("./pages/dashboard/dashboard-page.tsx"));
const JurisdictionPage = lazy(() => import("./pages/jurisdiction/jurisdiction-page.tsx"));
const InventoryPage = lazy(() => import("./pages/inventory/inventory-page.tsx"));

/** Every public route (paths are shareable and bookmarkable). */
export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={DashboardPage} />
          <Route path="/jurisdictions" component={DirectoryPage} />
          <Route path="/jurisdictions/:id" component={JurisdictionPage} />
          <Route path="/inventories/:id" component={InventoryPage} />
          <Route path="/open-data" component={OpenDataPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
