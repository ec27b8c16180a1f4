import type {Hook} from '@oclif/core'
import {emit} from './run.js'
import {unknownCommand} from './not-found.js'

/**
 * oclif's `command_not_found` hook, for a command line that reaches oclif
 * (SIZEUP_NO_FAST_PATH): the same diagnostic and exit 2 as the fast path
 * gives. oclif joins the words of an unknown command with `:`; the first is
 * the command the user meant.
 */
const hook: Hook<'command_not_found'> = async function (opts) {
  emit(unknownCommand(opts.id.split(':')[0] ?? opts.id))
}
export default hook
