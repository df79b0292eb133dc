/** "Cities like this one": the API's most similar jurisdictions, with the features that matched. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { PeersView } from "../../api/analytics.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { formatPercent } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

/** The peers, best first; nothing when the API could not answer. */
export function PeersList({ peers }: { peers: PeersView | null }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  if (!peers) return null;
  return (
    <Section title={t("profile.peers")}>
      {peers.peers.length === 0 ? (
        <EmptyState title={t("profile.noPeers")} />
      ) : (
        <ul className="card-list peer-list">
          {peers.peers.map((peer) => (
            <li key={peer.id} className="card">
              <p className="card-title">
                <Link href={`/jurisdictions/${peer.id}`}>{peer.name}</Link>{" "}
                <span className="badge">
                  {t("profile.peerScore", { score: formatPercent(peer.score * 100, i18n.language) })}
                </span>
              </p>
              <ul className="peer-features">
                {peer.features
                  .filter((f) => f.matched)
                  .map((f) => (
                    <li key={f.feature}>
                      <strong>{labels.peerFeature(f.feature)}</strong>: <span lang="en">{f.detail}</span>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <details className="rules">
        <summary>{t("profile.peerRule")}</summary>
        <p lang="en">{peers.rule}</p>
      </details>
    </Section>
  );
}
