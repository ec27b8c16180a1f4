import {stat} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {CONFIG_FILE_NAME} from '../config/types.js'
import {SpecError} from '../spec/diagnostic.js'

async function kind(path: string): Promise<'file' | 'other' | null> {
  try {
    return (await stat(path)).isFile() ? 'file' : 'other'
  } catch {
    return null
  }
}

/** The names a configuration may have, in the order they are looked for (`.yml` as editors and CI templates spell YAML too). */
export const CONFIG_FILE_NAMES = [CONFIG_FILE_NAME, 'sizeup.config.yml'] as const

/**
 * The configuration for a spec: sizeup.config.yaml (or .yml) in the spec's
 * directory or the nearest parent that has one, searching up to the
 * filesystem root or to a directory containing `.git` (the repository root),
 * whichever comes first. A spec on standard input searches from the working
 * directory. Named as the spec is: relative to the working directory unless
 * the spec was given as an absolute path. Null when there is none; a
 * directory holding both names is a problem (which one is meant?), not a guess.
 */
export async function discoverConfig(specArg: string, cwd: string = process.cwd()): Promise<string | null> {
  let dir = specArg === '-' ? resolve(cwd) : dirname(resolve(cwd, specArg))
  const named = (path: string): string => (specArg !== '-' && isAbsolute(specArg) ? path : relative(cwd, path))
  for (;;) {
    const found: string[] = []
    for (const name of CONFIG_FILE_NAMES) if ((await kind(join(dir, name))) === 'file') found.push(join(dir, name))
    if (found.length > 1) {
      const hint = `keep one: sizeup reads ${CONFIG_FILE_NAMES.join(' or ')}, never both`
      throw new SpecError([{file: named(found[1]!), line: 1, column: 1, path: '', message: `both ${CONFIG_FILE_NAMES.join(' and ')} are in this directory`, hint}])
    }
    if (found.length === 1) return named(found[0]!)
    if ((await kind(join(dir, '.git'))) !== null) return null
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}
