import {writeTarget} from './atomic-write.js'
import {type CommandInputs, refuseInputAsOutput} from './input-guard.js'
import {type OutputTarget, resolveOutput} from './output-target.js'
import type {OutputRole} from './write-problem.js'

export type {CommandInputs} from './input-guard.js'
export type {OutputTarget} from './output-target.js'

/**
 * A command's output path, examined before anything is computed, so that its
 * problems are reported with those of the inputs: where it leads, and a
 * refusal if that is a directory, a disk, or one of the command's inputs.
 */
export async function prepareOutput(given: string, role: OutputRole, inputs: CommandInputs): Promise<OutputTarget> {
  const target = await resolveOutput(given, role)
  await refuseInputAsOutput(target, given, inputs, role)
  return target
}

/** Writes the text to a prepared target; what belongs on the command's own stdout or stderr is returned for its Outcome. */
export async function deliver(target: OutputTarget, given: string, text: string, role: OutputRole): Promise<{stdout: string; stderr: string}> {
  if (target.kind === 'stdout') return {stdout: text, stderr: ''}
  if (target.kind === 'stderr') return {stdout: '', stderr: text}
  await writeTarget(target, given, text, role)
  return {stdout: '', stderr: ''}
}
