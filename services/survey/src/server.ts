import { httpDirectoryLookup, migrateToLatest, retryUntil, runServer } from '@postcare/platform'
import { buildApp, migrations } from './app.js'
import { loadConfig, type SurveyConfig } from './config.js'
import { httpFeedbackClient } from './follow-ups/feedback-client.js'

await runServer({
  loadConfig,
  buildApp: (config: SurveyConfig) =>
    buildApp(config, {
      directory: httpDirectoryLookup({ baseUrl: config.gatewayUrl, apiKey: config.apiKey ?? '' }),
      feedback: httpFeedbackClient({ gatewayUrl: config.gatewayUrl, apiKey: config.apiKey })
    }),
  async prepare(app, config) {
    await retryUntil(() => migrateToLatest(app.db, config.service, migrations), { log: (m) => app.log.warn(m) })
  }
})
