import type {Command} from '@oclif/core'
export declare const DOC_PATH: string
export declare function loadCommands(): Promise<Command.Loadable[]>
export declare function renderCommandsDoc(commands: readonly Command.Loadable[]): string
