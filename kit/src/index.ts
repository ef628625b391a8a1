// First: tracing (when configured) must patch the database driver before it loads.
import './observability/tracing';
export * from './units';
export * from './db/server';
export * from './db/connection';
export * from './errors';
export * from './scalars';
export * from './args';
export * from './identity';
export * from './scope';
export * from './loaders';
export * from './http/apollo-handler';
export * from './http/subgraph-server';
export * from './subgraph-list';
export * from './ingest';
export * from './stats';
export * from './random';
<<<<<<< HEAD
export * from './demo-scale';
=======
export * from './observability';
export * from './rollups';
>>>>>>> main
