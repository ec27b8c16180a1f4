import {stat} from 'node:fs/promises'
import {glob, isDynamicPattern} from 'tinyglobby'
import {SpecError} from '../spec/diagnostic.js'
import {CONFIG_FILE_NAMES} from './config-file.js'

/** What a directory or a pattern yields: YAML files, not the configuration, not in node_modules or a hidden folder. */
const YAML = '**/*.{yaml,yml}'
/** As many as a command line may name (commands/parse.ts): more would take minutes anyway. */
const MAX_SPECS = 10_000
const IGNORED = ['**/node_modules/**', ...CONFIG_FILE_NAMES.map((name) => `**/${name}`)]

/**
 * The specs a `check` command line names, as ESLint and Spectral take them:
 * a file as it is; a directory (`.` too) for every YAML file under it; a
 * pattern (`'designs/**\/*.yaml'`, quoted so the shell leaves it) for the
 * files it matches (tinyglobby: no hidden files, no node_modules); `-` for
 * standard input. Each name once, in the order given, a directory's and a
 * pattern's files in name order. A directory or pattern that finds nothing
 * is a problem, as a missing file is; so is more than MAX_SPECS files.
 */
export async function specFiles(args: readonly string[], cwd: string = process.cwd()): Promise<string[]> {
  const found = new Set<string>()
  const problems = []
  for (const arg of args) {
    const kind = arg === '-' ? 'stdin' : await stat(arg).then((s) => (s.isDirectory() ? 'directory' : 'file'), () => (isDynamicPattern(arg) ? 'pattern' : 'file'))
    if (kind === 'stdin' || kind === 'file') {
      found.add(arg)
      continue
    }
    const matched = await glob(kind === 'directory' ? YAML : arg, {cwd: kind === 'directory' ? arg : cwd, ignore: IGNORED, onlyFiles: true, expandDirectories: false})
    const paths = matched.map((m) => (kind === 'directory' ? join(arg, m) : m)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    if (paths.length === 0) problems.push({file: arg, line: 1, column: 1, path: '', message: kind === 'directory' ? 'no YAML spec in this directory' : 'no file matches this pattern', hint: 'sizeup checks *.yaml and *.yml files, outside node_modules and hidden folders'})
    for (const p of paths) found.add(p)
    if (found.size > MAX_SPECS) throw new SpecError([{file: arg, line: 1, column: 1, path: '', message: `more than ${MAX_SPECS} specs`, hint: 'check a few hundred specs per run, e.g. one directory at a time'}])
  }
  if (problems.length > 0) throw new SpecError(problems)
  return [...found]
}

/** A directory's file, named from the directory as given (`designs/feed.yaml`, `./feed.yaml` for `.`). */
function join(dir: string, file: string): string {
  let end = dir.length
  while (end > 1 && dir[end - 1] === '/') end--
  const base = dir.slice(0, end)
  return base === '.' ? file : `${base === '/' ? '' : base}/${file}`
}
