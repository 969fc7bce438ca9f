/**
 * The query IDE page: GraphiQL from npm (UMD builds of graphiql, react and react-dom served from
 * node_modules under /vendor) with the explorer plugin (@graphiql/plugin-explorer: the schema as a
 * tree of fields to tick, which writes the query), opened with one tab per example operation. No inline script (the
 * content security policy allows scripts from the service only): the tabs travel as JSON data and
 * /graphiql/boot.js starts the IDE.
 */
function escapeScript(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** Values for the variables the contract operations declare, so each example runs as opened. */
const EXAMPLE_VARIABLES: Record<string, unknown> = {
  code: '420200',
  codes: ['420200', '420300'],
  year: 2021,
  query: '城镇新增就业',
  first: 10,
};

function variablesFor(query: string): string | undefined {
  const header = query.slice(0, query.indexOf('{'));
  const names = [...header.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
  const values = Object.fromEntries(names.filter((n) => n in EXAMPLE_VARIABLES).map((n) => [n, EXAMPLE_VARIABLES[n]]));
  return names.length ? JSON.stringify(values, null, 2) : undefined;
}

export function graphiqlPage(examples: { name: string; query: string }[]): string {
  const tabs = examples.map((e) => ({ query: e.query, variables: variablesFor(e.query) }));
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>Jixiao 绩效 — GraphiQL</title>
  <link rel="stylesheet" href="/vendor/graphiql.css" />
  <link rel="stylesheet" href="/vendor/graphiql-explorer.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script type="application/json" id="graphiql-tabs">${escapeScript(JSON.stringify(tabs))}</script>
  <script src="/vendor/react.js"></script>
  <script src="/vendor/react-dom.js"></script>
  <script src="/vendor/graphiql.js"></script>
  <script src="/vendor/graphiql-explorer.js"></script>
  <script src="/graphiql/boot.js"></script>
</body>
</html>`;
}

/** Starts GraphiQL with the tabs the page carries and the explorer open beside the editor. */
export const GRAPHIQL_BOOT_JS = `
const tabs = JSON.parse(document.getElementById('graphiql-tabs').textContent);
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const explorer = GraphiQLPluginExplorer.explorerPlugin();
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  plugins: [explorer],
  visiblePlugin: explorer,
  defaultEditorToolsVisibility: true,
  defaultTabs: tabs.length ? tabs : undefined,
  // The opening tab's variables: GraphiQL fills the editor from these, not from defaultTabs.
  variables: tabs.length ? tabs[0].variables : undefined,
  defaultQuery: tabs.length ? undefined : '{ regions(level: PROVINCE) { code name } }',
}));
`;
