import { loadServiceConfig, type ServiceConfig } from '@postcare/platform'

export type MembershipConfig = ServiceConfig

export function loadConfig(env: Record<string, string | undefined> = process.env): MembershipConfig {
  return loadServiceConfig('membership', env)
}
