import type {SystemModel} from './model.js'

/** Models frozen whole by `freezeModel`, and every object in them: what a reader may cache per object (engine/compiled-shape.ts). */
const FROZEN = new WeakSet<object>()

/**
 * Freezes a model and everything in it (an Input's samples aside: a typed
 * array with elements cannot be frozen, and nothing reads a model's samples
 * where the freezing matters), and marks it frozen. Nothing changes a model
 * once it is built; freezing makes that a fact a cache can rest on.
 */
export function freezeModel<M extends SystemModel>(model: M): M {
  freeze(model, 0)
  return model
}

/** Whether the model was frozen whole by `freezeModel` (so what it holds will not change). */
export function isFrozenModel(model: SystemModel): boolean {
  return FROZEN.has(model)
}

/** Whether an object is, or is in, a model frozen by `freezeModel`: a model built by hand from a loaded model's parts shares them. */
export function isFrozenPart(value: object): boolean {
  return FROZEN.has(value)
}

/** A model is a tree a few levels deep; past this depth something is not a model. */
const MAX_DEPTH = 64

function freeze(value: unknown, depth: number): void {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return
  if (depth > MAX_DEPTH) throw new Error('sizeup internal error: a model nested deeper than 64 levels')
  for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key], depth + 1)
  Object.freeze(value)
  FROZEN.add(value)
}
