import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, normalize, relative, sep} from 'node:path'
import {describe, expect, it} from 'vitest'

const ROOT = process.cwd()
const SRC = join(ROOT, 'src')

/**
 * The layers of src/, lowest first: a folder may import from a lower layer
 * only (docs/architecture.md explains each). Folders on one layer are
 * independent of each other.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['quantity'],
  ['spec'],
  ['engine'],
  ['matrices', 'explain', 'numbers', 'init'],
  ['plan'],
  ['cost'],
  ['review'],
  ['overlay', 'config'],
  ['analysis'],
  ['check', 'diff'],
  ['render'],
  ['practice', 'page'],
  ['node'],
  ['commands'],
  ['index.ts'],
]
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)))

/** Every module of src/ (generated ones too) and the src/ modules it imports, statically or with import(). */
function imports(): {from: string; to: string; file: string}[] {
  const found: {from: string; to: string; file: string}[] = []
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) visit(path)
      else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) {
        const text = readFileSync(path, 'utf8')
        for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*[,)]/g)) {
          const target = normalize(join(dirname(path), m[1] ?? m[2]!))
          if (!target.startsWith(SRC + sep)) continue
          found.push({from: top(path), to: top(target), file: relative(ROOT, path)})
        }
      }
    }
  }
  visit(SRC)
  return found
}

/** The folder of src/ a module is in (or the top-level file's name). */
function top(path: string): string {
  const first = relative(SRC, path).split(sep)[0]!
  return first.replace(/\.js$/, '.ts')
}

describe('the direction of imports between the folders of src/', () => {
  const edges = imports()

  it('knows every folder', () => {
    const folders = readdirSync(SRC)
    expect(folders.filter((f) => !rank.has(f))).toEqual([])
  })

  it('imports only downward: no folder imports one on its own layer or above it', () => {
    const upward = edges.filter((e) => e.from !== e.to && rank.get(e.to)! >= rank.get(e.from)!).map((e) => `${e.file} → ${e.to}`)
    expect([...new Set(upward)]).toEqual([])
  })

  it('has no folder-level cycle (which downward imports rule out; said outright)', () => {
    const graph = new Map<string, Set<string>>()
    for (const e of edges) if (e.from !== e.to) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to))
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const walk = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '))
        return
      }
      state.set(node, 'open')
      for (const next of graph.get(node) ?? []) walk(next, [...path, node])
      state.set(node, 'done')
    }
    for (const node of graph.keys()) walk(node, [])
    expect(cycles).toEqual([])
  })
})

describe('the analysis core does no I/O', () => {
  // Everything below the commands and the node helpers: what the library and a browser run.
  const core = [...rank.entries()].filter(([, r]) => r < rank.get('node')!).map(([f]) => f)

  it('imports no Node built-in and no terminal library', () => {
    const offenders: string[] = []
    const visit = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) visit(path)
        else if (/\.(ts|js)$/.test(name) && !name.endsWith('.d.ts')) {
          const text = readFileSync(path, 'utf8')
          for (const m of text.matchAll(/(?:from\s*|import\(\s*)['"]((?:node:)?(?:fs|fs\/promises|path|os|child_process|net|http|https|readline|readline\/promises|worker_threads|process|crypto|url|util|stream)|chalk|@oclif\/[^'"]+)['"]/g)) offenders.push(`${relative(ROOT, path)}: ${m[1]}`)
          if (/\bprocess\.(env|stdout|stderr|stdin|cwd|exit)/.test(text)) offenders.push(`${relative(ROOT, path)}: process`)
        }
      }
    }
    for (const folder of core) if (folder !== 'index.ts') visit(join(SRC, folder))
    expect(offenders).toEqual([])
  })
})
