export * from './indicator';
export * from './alert';
export * from './settings';
