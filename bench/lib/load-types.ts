/** What the parent asks the load generator for, and what it answers. */
export interface LoadSpec {
  /** http://127.0.0.1:port */
  origin: string
  method: string
  /** Requests cycle through these paths (with their query strings). */
  paths: string[]
  headers: Record<string, string>
  body?: string
  /** Requests cycle through these bodies instead of `body` when given. */
  bodies?: string[]
  /** Send a fresh Idempotency-Key with every request. */
  idempotencyKeys?: boolean
  connections: number
  warmupMs: number
  durationMs: number
}

export interface LoadResult {
  /** 2xx responses in the measured window */
  requests: number
  seconds: number
  rps: number
  /** milliseconds */
  p50: number
  p99: number
  mean: number
  errors: number
  statusCodes: Record<string, number>
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'run'; id: number; spec: LoadSpec }
  | { type: 'measuring'; id: number }
  | { type: 'result'; id: number; result: LoadResult }
  | { type: 'error'; id: number; message: string }
