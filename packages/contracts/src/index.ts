export * from './common.js'
export * from './directory.js'
export * from './gateway.js'
export * from './scopes.js'
