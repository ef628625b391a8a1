export * from './registers';
export * from './resolve';
export * from './rollup';
export * from './fold';
export * from './unit-types';
export * from './unit-ref-schema';
export * from './locate';
export * from './visible';
