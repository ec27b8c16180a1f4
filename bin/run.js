#!/usr/bin/env node
// A reader that stops early (`sizeup estimate x.yaml --json | head`) closes
// the pipe; that is not an error of sizeup's, so end quietly instead of
// printing a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// A command line that names a command and asks for no help runs without
// loading oclif; help, typos and everything else go to the full oclif CLI.
const {tryFastPath, oclifArgv} = await import('../dist/commands/fast-path.js')
if (!(await tryFastPath(process.argv.slice(2)))) {
  const {execute} = await import('@oclif/core')
  await execute({dir: import.meta.url, args: oclifArgv(process.argv.slice(2))})
}
