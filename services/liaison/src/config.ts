import { loadServiceConfig, type ServiceConfig } from '@postcare/platform'

export type LiaisonConfig = ServiceConfig

export function loadConfig(env: Record<string, string | undefined> = process.env): LiaisonConfig {
  return loadServiceConfig('liaison', env)
}
