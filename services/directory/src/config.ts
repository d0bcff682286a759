import { loadServiceConfig, readSettings, type ServiceConfig } from '@postcare/platform'
import Type from 'typebox'

export interface DirectoryConfig extends ServiceConfig {
  /** Load the demo network when the directory is empty (the start command sets it). */
  readonly seedDemoData: boolean
}

export function loadConfig(env: Record<string, string | undefined> = process.env): DirectoryConfig {
  const base = loadServiceConfig('directory', env)
  const own = readSettings(Type.Object({ DIRECTORY_SEED_DEMO: Type.Boolean({ default: false }) }), env)
  return Object.freeze({ ...base, seedDemoData: own.DIRECTORY_SEED_DEMO })
}
