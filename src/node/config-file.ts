import {stat} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {CONFIG_FILE_NAME} from '../config/types.js'

async function kind(path: string): Promise<'file' | 'other' | null> {
  try {
    return (await stat(path)).isFile() ? 'file' : 'other'
  } catch {
    return null
  }
}

/**
 * The configuration for a spec: sizeup.config.yaml in the spec's directory
 * or the nearest parent that has one, searching up to the filesystem root or
 * to a directory containing `.git` (the repository root), whichever comes
 * first. A spec on standard input searches from the working directory.
 * Named as the spec is: relative to the working directory unless the spec
 * was given as an absolute path. Null when there is none.
 */
export async function discoverConfig(specArg: string, cwd: string = process.cwd()): Promise<string | null> {
  let dir = specArg === '-' ? resolve(cwd) : dirname(resolve(cwd, specArg))
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME)
    if ((await kind(candidate)) === 'file') return specArg !== '-' && isAbsolute(specArg) ? candidate : relative(cwd, candidate)
    if ((await kind(join(dir, '.git'))) !== null) return null
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}
