export * from './hub';
export * from './temp';
