import { asCaller, readyTestApp, testServiceConfig, type TestContext } from '@postcare/platform/testing'
import { buildApp, migrations } from '../src/app.js'
import type { DirectoryConfig } from '../src/config.js'

/** The real directory app on a fresh, migrated database of its own. */
export async function buildTestApp(t: TestContext, overrides: Partial<DirectoryConfig> = {}) {
  const config: DirectoryConfig = { ...(await testServiceConfig(t, 'directory', { POSTCARE_TIME_ZONE: 'UTC' })), seedDemoData: false, ...overrides }
  return readyTestApp(t, await buildApp(config), 'directory', migrations)
}

export const caller = (who = {}) => asCaller('directory', who)
