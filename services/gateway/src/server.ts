import { runServer } from '@postcare/platform'
import { buildApp, prepareGateway } from './app.js'
import { loadConfig } from './config.js'

await runServer({ loadConfig, buildApp, prepare: (app, config) => prepareGateway(app, config) })
