export * from './feed';
export * from './reject';
export * from './run';
export * from './parsers';
export * from './http';
export * from './status';
export * from './models';
export * from './queries';
