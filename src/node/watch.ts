import {type FSWatcher, watch} from 'node:fs'
import {basename, dirname, resolve} from 'node:path'

/** How long after the last change event a re-run starts: an editor's save is several events (write, rename, chmod) within a few milliseconds. */
export const DEBOUNCE_MS = 100

/** Files being watched; `set` replaces them (an input found anew after a run), `close` stops. */
export interface FileWatch {
  set(files: readonly string[]): void
  close(): void
}

/**
 * Watches files for changes, once per burst of events: `onChange` is called
 * DEBOUNCE_MS after the last event on any of them. Each file's directory is
 * watched, not the file, and events are kept by name: an editor that saves by
 * writing a new file and renaming it over the old one (vim, many IDEs,
 * write-file-atomic) replaces the inode a file watch would follow, and a file
 * that is deleted and written again is seen too. `extraNames` are names
 * looked for beside each file (a configuration that may appear). A watcher
 * that fails (its directory removed) is reported through `onError`.
 */
export function watchFiles(onChange: () => void, onError: (error: Error) => void, extraNames: readonly string[] = []): FileWatch {
  const watchers = new Map<string, FSWatcher>()
  let names = new Map<string, Set<string>>()
  let timer: NodeJS.Timeout | undefined
  const changed = (dir: string, name: string | Buffer | null): void => {
    // Without a name (some platforms) any event in the directory counts.
    if (name !== null && !names.get(dir)?.has(String(name))) return
    clearTimeout(timer)
    timer = setTimeout(onChange, DEBOUNCE_MS)
  }
  return {
    set(files) {
      names = new Map()
      for (const file of files) {
        const dir = dirname(resolve(file))
        const set = names.get(dir) ?? new Set(extraNames)
        set.add(basename(file))
        names.set(dir, set)
      }
      for (const [dir, watcher] of watchers) {
        if (names.has(dir)) continue
        watcher.close()
        watchers.delete(dir)
      }
      for (const dir of names.keys()) {
        if (watchers.has(dir)) continue
        try {
          const watcher = watch(dir, {persistent: true}, (_event, name) => changed(dir, name))
          watcher.on('error', onError)
          watchers.set(dir, watcher)
        } catch (e) {
          onError(e as Error)
        }
      }
    },
    close() {
      clearTimeout(timer)
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    },
  }
}

/** Resolves on the first Ctrl-C (SIGINT) after the call, which then no longer ends the process; `dispose` lets it end it again. */
export function untilInterrupted(): {readonly interrupted: Promise<void>; dispose(): void} {
  let handler: () => void = () => {}
  const interrupted = new Promise<void>((resolve) => {
    handler = () => resolve()
    process.once('SIGINT', handler)
  })
  return {interrupted, dispose: () => void process.off('SIGINT', handler)}
}
