/** A self-contained HTML page of the API's operations, rendered from the OpenAPI document (no CDN, no script). */

/** The parts of an OpenAPI document the page shows. */
interface OpenApiLike {
  info: { title: string; version: string; description?: string | undefined };
  paths?: object | undefined;
}

interface Operation {
  summary?: string;
  tags?: string[];
}

const METHODS = ["get", "post", "put", "patch", "delete"];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders the operations of `doc` as an HTML page, grouped by tag, linking to the JSON document. */
export function renderDocsPage(doc: OpenApiLike, specUrl: string): string {
  const rows: string[] = [];
  const paths = Object.entries(doc.paths ?? {}) as Array<[string, Record<string, Operation | undefined>]>;
  for (const [path, item] of paths) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      rows.push(
        `<tr><td>${escapeHtml(op.tags?.[0] ?? "")}</td><td class="m ${method}">${method.toUpperCase()}</td>` +
          `<td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary ?? "")}</td></tr>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)} API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}
.m{font-weight:600;font-family:monospace}.get{color:#07c}.post{color:#080}.put{color:#b60}</style></head>
<body><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? "")}</p>
<p>The machine-readable description: <a href="${escapeHtml(specUrl)}">${escapeHtml(specUrl)}</a> (OpenAPI 3.1).
Lists answer <code>{"items": [...], "nextCursor": ...}</code>; errors answer
<code>{"error": {"code", "message", "details"}}</code>; updates need <code>If-Match</code> with the ETag.</p>
<table><thead><tr><th>resource</th><th>method</th><th>path</th><th>what</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table></body></html>`;
}
