// autocannon ships no types and @types/autocannon would be one more dependency for the few
// calls the load worker makes.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'
  function autocannon(opts: Record<string, unknown>, cb: (err: Error | null, result: unknown) => void): EventEmitter
  export default autocannon
}
