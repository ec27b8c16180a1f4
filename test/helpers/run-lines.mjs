// Runs several sizeup command lines in one Node process, through the built
// fast path that bin/run.js calls (dist/commands/fast-path.js), and prints
// what each wrote and its exit code as JSON. For tests that need a process of
// their own (another time zone or locale) but not one per command line.
//
//   node test/helpers/run-lines.mjs '[["estimate","x.yaml","--json"], …]'
const {tryFastPath} = await import(new URL('../../dist/commands/fast-path.js', import.meta.url).href)

const lines = JSON.parse(process.argv[2] ?? '[]')
const write = {stdout: process.stdout.write, stderr: process.stderr.write}
const results = []
for (const argv of lines) {
  const captured = {stdout: '', stderr: ''}
  for (const name of ['stdout', 'stderr']) {
    process[name].write = (chunk) => {
      captured[name] += String(chunk)
      return true
    }
  }
  let handled
  try {
    handled = await tryFastPath(argv)
  } finally {
    process.stdout.write = write.stdout
    process.stderr.write = write.stderr
  }
  if (!handled) throw new Error(`not a command line the fast path runs: ${argv.join(' ')}`)
  results.push({...captured, status: process.exitCode ?? 0})
  process.exitCode = 0
}
process.stdout.write(JSON.stringify(results))
