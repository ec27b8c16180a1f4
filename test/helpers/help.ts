import {Config, Help} from '@oclif/core'
import {ROOT} from './spec.js'

let config: Promise<Config> | undefined

/**
 * What `sizeup <argv> --help` prints, in-process: oclif's Help (package.json
 * names no help class of its own), as bin/run.js runs it for --help, with its
 * output captured instead of written to this process's stdout. It throws
 * where the binary would exit non-zero (a command oclif does not know). The
 * binary's own --help: fast-path.test.ts and estimate.test.ts.
 */
export async function helpOf(argv: readonly string[]): Promise<string> {
  config ??= Config.load(ROOT)
  let text = ''
  const help = new (class extends Help {
    protected override log(...args: string[]): void {
      text += `${args.join(' ')}\n`
    }
  })(await config)
  await help.showHelp([...argv, '--help'])
  return text
}
