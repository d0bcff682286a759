import { asCaller, buildServiceTestApp, type TestContext } from '@postcare/platform/testing'
import { buildApp, migrations } from '../src/app.js'
import { loadConfig, type DirectoryConfig } from '../src/config.js'

export const directoryService = { name: 'directory', buildApp, loadConfig, migrations } as const

/** The real directory app on a fresh, migrated database of its own. */
export async function buildTestApp(t: TestContext, overrides: Partial<DirectoryConfig> = {}) {
  return (await buildServiceTestApp(t, directoryService, { config: overrides })).app
}

export const caller = (who = {}) => asCaller('directory', who)
