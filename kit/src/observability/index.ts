export * from './request-context';
export * from './log';
export * from './audit';
export * from './metrics';
