#!/usr/bin/env node
// A plain command line (a known command, known flags) runs without loading
// oclif; help, typos and everything else go to the full oclif CLI.
import {tryFastPath} from '../dist/cli/fast-path.js'

if (!(await tryFastPath(process.argv.slice(2)))) {
  const {execute} = await import('@oclif/core')
  await execute({dir: import.meta.url})
}
