import type HandlebarsNamespace from 'handlebars'

type Handlebars = typeof HandlebarsNamespace
type Block = (context: unknown, options?: unknown) => string

/**
 * Characters the templates of one report may produce, counted as each loop
 * iteration and each partial returns its text (a line inside two loops and a
 * partial counts three times), plus one per iteration, so that an empty loop
 * costs too. The built-in templates count about 43 million for a spec of
 * 1,000 workloads (a 16 MB document); four nested `{{#each}}` in a template
 * of 200 bytes asked for billions and took 744 MB before they were stopped.
 */
export const MAX_TEMPLATE_OUTPUT = 64_000_000

/** The templates' work passed MAX_TEMPLATE_OUTPUT; the template that was running is named where it is caught. */
export class TemplateBudgetError extends Error {
  constructor() {
    super(`the templates produce more than ${MAX_TEMPLATE_OUTPUT} characters (loops and partials counted as they run)`)
    this.name = 'TemplateBudgetError'
  }
}

/**
 * Bounds what a Handlebars instance can be made to do: `each` is the built-in
 * helper with every iteration charged, and every partial call (named, inline
 * or `@partial-block`) is charged its text, both before the text is used, so
 * loops and partials that multiply each other stop at the budget rather than
 * at the end of memory. The output itself is unchanged.
 */
export function boundTemplates(env: Handlebars, limit: number = MAX_TEMPLATE_OUTPUT): void {
  let used = 0
  const charge = (text: unknown, steps: number): void => {
    used += steps + (typeof text === 'string' ? text.length : 0)
    if (used > limit) throw new TemplateBudgetError()
  }
  const each = env.helpers.each as (this: unknown, context: unknown, options: {fn: Block}) => string
  env.registerHelper('each', function (this: unknown, context: unknown, options: {fn: Block}) {
    const fn = options.fn
    return each.call(this, context, {
      ...options,
      fn: (item: unknown, data?: unknown) => {
        const text = fn(item, data)
        charge(text, 1)
        return text
      },
    })
  })
  // The runtime calls env.VM.invokePartial for every partial; replacing it on this instance only.
  const vm = (env as unknown as {VM: {invokePartial: (this: unknown, ...args: unknown[]) => unknown}}).VM
  ;(env as unknown as {VM: unknown}).VM = {
    ...vm,
    invokePartial(this: unknown, ...args: unknown[]): unknown {
      const text = vm.invokePartial.apply(this, args)
      charge(text, 0)
      return text
    },
  }
}
