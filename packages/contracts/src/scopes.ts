/**
 * Every scope a caller can hold. Routes declare the one they need; the gateway issues keys with a
 * subset; services check them. `personal-data:read` unmasks complainant and member contacts;
 * `feedback:manage`, `survey:manage` and `liaison:manage` erase personal data, run the retention sweeps
 * and retry failed messages.
 */
export const scopes = [
  'directory:read',
  'directory:write',
  'feedback:read',
  'feedback:write',
  'feedback:manage',
  'survey:read',
  'survey:write',
  'survey:manage',
  'membership:read',
  'membership:write',
  'liaison:read',
  'liaison:write',
  'liaison:manage',
  'personal-data:read',
  'admin:keys'
] as const
export type Scope = (typeof scopes)[number]
