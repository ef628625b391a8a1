// Tests run against the real database server that scripts/test.ts starts (MONGODB_URI).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/kit', '<rootDir>/gateway', '<rootDir>/subgraphs', '<rootDir>/scripts'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }] },
  moduleNameMapper: { '^@ioc/kit$': '<rootDir>/kit/src/index.ts', '^@ioc/kit/(.*)$': '<rootDir>/kit/src/$1' },
  testTimeout: 120000,
  maxWorkers: 2,
};
