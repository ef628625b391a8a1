# __NAME__ subgraph

Scaffolded by `npm run new-subgraph -- __NAME__`; replace this text with what the existing system is
and how its export is read. Contract: `schema/__NAME__.graphql`. Port __PORT__ (`schema/subgraphs.json`).

- `src/connectors/records-jsonl.ts` — the source's export (JSON Lines: `id`, `unitCode`, `date`,
  `kind`, `value`, `updatedAt`) → records; a bad line becomes a reject naming field and value.
- `src/models.ts`, `src/loaders.ts` (statistics through the kit's `rollupLoader`: one query per request),
  `src/resolvers.ts`, `src/index.ts`, `src/demo.ts` (seeded demo file in the native format).
- `npm test -- subgraphs/__NAME__`; send a file: `npm run --silent ingest -- __NAME__ records FILE`.

```graphql
{ commune(code: "20335", asOf: "2025-03-01") { __CAMEL__(from: "2025-01-01", to: "2025-04-01") { records total byKind { kind records } } } }
```
