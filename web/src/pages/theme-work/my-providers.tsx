/** On the Gateway page: the signed-in user's own providers with their review status, and the way to propose one. */
import { Link } from "wouter";
import type { User } from "../../api/client.ts";
import { listProviders } from "../../api/theme-work.ts";
import { hasRole } from "../../auth/roles.ts";
import { useSession } from "../../auth/session.tsx";
import { Section } from "../../components/section.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";

function Mine({ user }: { user: User }) {
  const tw = useThemeWorkT();
  const state = useAsync((signal) => listProviders({ mine: true }, signal), `mine:${user.id}`);
  const mine = state.status === "ready" ? state.data : [];
  return (
    <Section
      title={tw("providers.mine")}
      actions={
        <span className="button-row">
          <Link className="button" href="/gateway/providers/new">
            {tw("providers.proposeLink")}
          </Link>
          {hasRole(user, "reviewer") && (
            <Link className="button button-secondary" href="/gateway/review">
              {tw("providers.queueTitle")}
            </Link>
          )}
        </span>
      }
    >
      {mine.length === 0 ? (
        <p className="muted">{tw("providers.noneMine")}</p>
      ) : (
        <ul>
          {mine.map((p) => (
            <li key={p.id}>
              <Link href={`/gateway/providers/${p.id}`}>{p.name}</Link>{" "}
              <span className="badge">{tw(`providers.statuses.${p.reviewStatus}`)}</span>
              {p.reviewComment && <span className="muted"> · {p.reviewComment}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Shown to signed-in users only. */
export function MyProviders() {
  const { user } = useSession();
  return user ? <Mine user={user} /> : null;
}
