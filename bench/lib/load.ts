/**
 * The parent's handle on the load-generator process: one slot at a time, with a callback at the
 * moment measuring starts (after warm-up) so CPU readings cover the same window as the counts.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { LoadResult, LoadSpec, WorkerMessage } from './load-types.js'
import { pin } from './proc.js'

export class LoadGenerator {
  private nextId = 1
  private constructor(private readonly child: ChildProcess, readonly pinned: boolean) {}

  static async start(cores: string | null): Promise<LoadGenerator> {
    const child = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject)
      child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)))
      child.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') resolve()
      })
    })
    const pinned = cores !== null && child.pid !== undefined && pin(child.pid, cores)
    return new LoadGenerator(child, pinned)
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  run(spec: LoadSpec, onMeasuring: () => void = () => {}): Promise<LoadResult> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const onMessage = (m: WorkerMessage) => {
        if (!('id' in m) || m.id !== id) return
        if (m.type === 'measuring') onMeasuring()
        else if (m.type === 'result') {
          this.child.off('message', onMessage)
          resolve(m.result)
        } else if (m.type === 'error') {
          this.child.off('message', onMessage)
          reject(new Error(m.message))
        }
      }
      this.child.on('message', onMessage)
      this.child.send({ type: 'run', id, spec } satisfies WorkerMessage)
    })
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect()
  }
}
