/**
 * Test helpers: a fresh database per test file on the suite's PostgreSQL, identity tokens as the
 * gateway signs them, one set of fixtures, and one way to build a service's app for a test.
 */
export * from './base.js'
export * from './fixtures.js'
export * from './service-app.js'
